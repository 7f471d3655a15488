using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>A board, member, general or annual meeting; linked to its calendar activity when one was scheduled.</summary>
internal sealed class Meeting : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    /// <summary>An activity type: board-meeting, member-meeting, general-meeting, annual-meeting.</summary>
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly Date { get; set; }
    public Guid? ActivityId { get; set; }
    public DateTime CreatedAt { get; set; }

    public static readonly IReadOnlyList<string> Kinds =
        [ActivityTypes.BoardMeeting, ActivityTypes.MemberMeeting, ActivityTypes.GeneralMeeting, ActivityTypes.AnnualMeeting];
}

/// <summary>One contribution on a meeting's speaker list (talarlista), timed while it is held.</summary>
internal sealed class Contribution : IAssociationOwned
{
    public const string Speech = "speech";
    public const string Reply = "reply";
    public const string PointOfOrder = "point-of-order";
    public static readonly IReadOnlyList<string> Types = [Speech, Reply, PointOfOrder];

    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }
    public int Number { get; set; }
    /// <summary>Null for guests and for erased members (whose contribution stays, anonymous, in the statistics).</summary>
    public Guid? MemberId { get; set; }
    /// <summary>Who spoke, so the list can be kept; an anonymous label once the member is erased.</summary>
    public string Name { get; set; } = "";
    public string Gender { get; set; } = Federation.Gender.NotStated;
    public string Type { get; set; } = Speech;
    public DateTime? StartedAt { get; set; }
    public DateTime? StoppedAt { get; set; }
    public int Seconds { get; set; }

    public bool Waiting => StartedAt is null;
    public bool Speaking => StartedAt is not null && StoppedAt is null;
}
