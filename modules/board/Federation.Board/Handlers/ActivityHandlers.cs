using Federation.Activities.Contracts;
using Federation.Board.Domain;
using Federation.Board.Storage;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Handlers;

/// <summary>Keeps the activities held, so counted targets are computed, never typed in.</summary>
internal sealed class ActivityHeldHandler(BoardDbContext db) : IIntegrationEventHandler<ActivityHeld>
{
    public async Task Handle(ActivityHeld message, CancellationToken ct)
    {
        var held = await db.HeldActivities.FirstOrDefaultAsync(h => h.ActivityId == message.ActivityId, ct);
        if (held is null) db.HeldActivities.Add(held = new HeldActivity { ActivityId = message.ActivityId });
        held.Type = message.Type;
        held.Date = message.Date;
        held.SeriesRuleId = message.SeriesRuleId;
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Keeps each member's attendance, for the per-person targets of the elected officials.</summary>
internal sealed class AttendanceRecordedHandler(BoardDbContext db) : IIntegrationEventHandler<AttendanceRecorded>
{
    public async Task Handle(AttendanceRecorded message, CancellationToken ct)
    {
        var row = await db.Attendances.FirstOrDefaultAsync(a => a.ActivityId == message.ActivityId && a.MemberId == message.MemberId, ct);
        if (row is null) db.Attendances.Add(row = new Attendance { ActivityId = message.ActivityId, MemberId = message.MemberId });
        row.Type = message.Type;
        row.Date = message.Date;
        row.Attended = message.Outcome == AttendanceOutcome.Attended;
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>A meeting put in the calendar gets its meeting here, linked to the activity, ready for agenda and speaker list.</summary>
internal sealed class ActivityScheduledHandler(BoardDbContext db) : IIntegrationEventHandler<ActivityScheduled>
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public async Task Handle(ActivityScheduled message, CancellationToken ct)
    {
        if (!Meeting.Kinds.Contains(message.Type)) return;
        if (await db.Meetings.AnyAsync(m => m.ActivityId == message.ActivityId, ct)) return;
        db.Meetings.Add(new Meeting
        {
            Id = Guid.NewGuid(), Kind = message.Type, Title = message.Title, ActivityId = message.ActivityId,
            Date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(message.Start, Stockholm).DateTime),
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
    }
}
