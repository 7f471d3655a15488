using Federation.Platform.Storage;

namespace Federation.Activities.Domain;

/// <summary>
/// One occurrence in an association's calendar (aktivitetskalendarium — Solna 2024: "Ha ett
/// aktivitetskalendarium tillgängligt för alla medlemmar"). A row with <see cref="SourceActivityId"/>
/// is a read-only copy of another association's activity: a co-hosted one or a district-wide day.
/// </summary>
internal sealed class Activity : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public string Type { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }

    /// <summary>The Stockholm date of the start, for listing by day and month.</summary>
    public DateOnly LocalDate { get; set; }

    public string? Place { get; set; }

    /// <summary>Postal area or named priority area.</summary>
    public string? Area { get; set; }

    public bool InPriorityArea { get; set; }
    public string? Organiser { get; set; }
    public int? MinParticipants { get; set; }
    public int? MaxParticipants { get; set; }

    /// <summary>Solna 2020: "Erbjuda barnpassning vid större möten."</summary>
    public bool Childcare { get; set; }

    public bool KeepSpeakerStatistics { get; set; }
    public string? Campaign { get; set; }

    /// <summary>A tag of the association's plan (<c>Views/PlanTags.cs</c>), e.g. Solna's "syninge" member days.</summary>
    public string? Tag { get; set; }
    public Visibility Visibility { get; set; } = Visibility.Members;

    /// <summary>Other associations hosting it together (comma-separated ids).</summary>
    public string? CoHosts { get; set; }

    /// <summary>Published by the district to every association's calendar.</summary>
    public bool DistrictWide { get; set; }

    public Guid? SeriesId { get; set; }

    /// <summary>The date the series rule gave this occurrence; with <see cref="SeriesId"/> its stable key.</summary>
    public DateOnly? SeriesDate { get; set; }

    /// <summary>Moved or changed by hand: a changed rule leaves it alone.</summary>
    public bool EditedByHand { get; set; }

    public bool Cancelled { get; set; }

    /// <summary>Attendance recorded; the counts stay when a member is erased.</summary>
    public bool Held { get; set; }

    public int Attended { get; set; }
    public int NoShows { get; set; }

    /// <summary>1 when attendance is first recorded, one more with each correction; published so consumers drop stale marks.</summary>
    public int AttendanceRevision { get; set; }

    /// <summary>Set on copies: the association that organises it and its activity id.</summary>
    public string? HostAssociationId { get; set; }

    public Guid? SourceActivityId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The id calendars know it by: the same in every association's copy and across edits.</summary>
    public Guid CalendarId => SourceActivityId ?? Id;

    public bool IsCopy => SourceActivityId is not null;

    public IReadOnlyList<string> CoHostIds => string.IsNullOrEmpty(CoHosts) ? [] : CoHosts.Split(',');
}

internal enum Visibility
{
    Members,
    Public,
    Board,
}
