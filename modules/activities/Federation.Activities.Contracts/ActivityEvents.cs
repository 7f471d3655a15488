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
/// When an organiser corrects attendance afterwards it is published again for the same
/// <see cref="ActivityId"/> with the new counts and a higher <see cref="Revision"/>: replace what
/// you hold for the activity (upsert), and ignore a message whose revision is lower than the one
/// you hold (delivery is not ordered). <see cref="Childcare"/> says childcare was offered ("Barnpassning
/// erbjuds vid stormöten, årsmöten samt medlemsträffar", seed 002), so the plan computes that target.
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
    int NoShows,
    int Revision = 1,
    bool Childcare = false) : IIntegrationEvent;

/// <summary>
/// One member's attendance at one activity; per-person targets and engagement history use it.
/// A correction publishes it again for the same activity and member with the new outcome and the
/// activity's higher <see cref="Revision"/> (only for members whose outcome changed): replace the
/// member's mark (an outcome other than <see cref="AttendanceOutcome.Attended"/> withdraws an
/// attendance counted before), and ignore a message older than the revision you hold.
/// </summary>
public sealed record AttendanceRecorded(
    string AssociationId,
    Guid ActivityId,
    Guid MemberId,
    string Type,
    DateOnly Date,
    AttendanceOutcome Outcome,
    int Revision = 1) : IIntegrationEvent;

public enum AttendanceOutcome
{
    Attended,
    NoShow,
    Cancelled,
}
