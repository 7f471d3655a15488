namespace Federation.Activities.Contracts;

/// <summary>
/// What other modules may read of the current association's calendar: the coming activities (a
/// newsletter's "på gång" block, reminders) and who is signed up to one (notices when it moves or is
/// cancelled). Implemented by the activities module; resolve it optionally where activities is off.
/// </summary>
public interface IActivityCalendar
{
    /// <summary>Activities that are not cancelled and start in [<paramref name="from"/>, <paramref name="to"/>), earliest first.</summary>
    Task<IReadOnlyList<CalendarActivity>> Between(DateTimeOffset from, DateTimeOffset to, int max, CancellationToken cancellationToken = default);

    Task<CalendarActivity?> Find(Guid activityId, CancellationToken cancellationToken = default);

    /// <summary>Members with a confirmed place on the activity (not the waiting list, not cancelled).</summary>
    Task<IReadOnlyList<Guid>> SignedUp(Guid activityId, CancellationToken cancellationToken = default);
}

/// <summary>An activity as other modules see it. <see cref="Type"/> is one of <see cref="ActivityTypes"/>.</summary>
public sealed record CalendarActivity(Guid ActivityId, string Type, string Title, DateTimeOffset Start, DateTimeOffset End, string? Place, bool Cancelled);
