namespace Federation.Activities.Contracts;

/// <summary>An activity (one occurrence) was put in the calendar. <see cref="Type"/> is one of <see cref="ActivityTypes"/>.</summary>
public sealed record ActivityScheduled(
    string AssociationId,
    Guid ActivityId,
    string Type,
    string Title,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? Area,
    bool InPriorityArea,
    string? SeriesRuleId,
    bool KeepSpeakerStatistics) : IIntegrationEvent;

/// <summary>An activity's time, place, type or title changed.</summary>
public sealed record ActivityChanged(
    string AssociationId,
    Guid ActivityId,
    string Type,
    string Title,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? Area,
    bool InPriorityArea,
    bool KeepSpeakerStatistics) : IIntegrationEvent;

/// <summary>An activity was cancelled.</summary>
public sealed record ActivityCancelled(string AssociationId, Guid ActivityId, string Type, DateTimeOffset Start) : IIntegrationEvent;

/// <summary>
/// An activity took place and its attendance is recorded. Counted targets of the activity plan
/// ("≥ 20 leafletings a year", "Röd lördag every month") are computed from these.
/// </summary>
public sealed record ActivityHeld(
    string AssociationId,
    Guid ActivityId,
    string Type,
    DateOnly Date,
    string? SeriesRuleId,
    string? Area,
    bool InPriorityArea,
    int Attended,
    int NoShows) : IIntegrationEvent;

/// <summary>One member's attendance at one activity; per-person targets and engagement history use it.</summary>
public sealed record AttendanceRecorded(
    string AssociationId,
    Guid ActivityId,
    Guid MemberId,
    string Type,
    DateOnly Date,
    AttendanceOutcome Outcome) : IIntegrationEvent;

public enum AttendanceOutcome
{
    Attended,
    NoShow,
    Cancelled,
}
