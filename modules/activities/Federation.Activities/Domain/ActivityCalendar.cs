using Federation.Activities.Contracts;
using Federation.Activities.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Domain;

/// <summary>The calendar as other modules may read it (<see cref="IActivityCalendar"/>).</summary>
internal sealed class ActivityCalendar(ActivitiesDbContext db) : IActivityCalendar
{
    public async Task<IReadOnlyList<CalendarActivity>> Between(DateTimeOffset from, DateTimeOffset to, int max, CancellationToken cancellationToken = default)
    {
        var (start, end) = (from.UtcDateTime, to.UtcDateTime);
        var rows = await db.Activities.AsNoTracking().Where(a => !a.Cancelled && a.StartUtc >= start && a.StartUtc < end)
            .OrderBy(a => a.StartUtc).Take(Math.Clamp(max, 1, 500)).ToListAsync(cancellationToken);
        return rows.Select(View).ToList();
    }

    public async Task<CalendarActivity?> Find(Guid activityId, CancellationToken cancellationToken = default) =>
        await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == activityId, cancellationToken) is { } a ? View(a) : null;

    public async Task<IReadOnlyList<Guid>> SignedUp(Guid activityId, CancellationToken cancellationToken = default) =>
        await db.SignUps.AsNoTracking().Where(s => s.ActivityId == activityId && s.Status == SignUpStatus.Confirmed)
            .Select(s => s.MemberId).ToListAsync(cancellationToken);

    private static CalendarActivity View(Activity a) =>
        new(a.Id, a.Type, a.Title, new DateTimeOffset(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(a.EndUtc, DateTimeKind.Utc)), a.Place, a.Cancelled);
}
