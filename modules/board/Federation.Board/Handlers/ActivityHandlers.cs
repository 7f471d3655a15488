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
        else if (held.Revision > message.Revision) return; // delivery is not ordered: a later correction is already here
        held.Revision = message.Revision;
        held.Type = message.Type;
        held.Date = message.Date;
        held.SeriesRuleId = message.SeriesRuleId;
        held.Childcare = message.Childcare;
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
        else if (row.Revision > message.Revision) return;
        row.Revision = message.Revision;
        row.Type = message.Type;
        row.Date = message.Date;
        row.Attended = message.Outcome == AttendanceOutcome.Attended;
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>A meeting put in the calendar gets its meeting here, linked to the activity, ready for agenda and speaker list.</summary>
internal sealed class ActivityScheduledHandler(BoardDbContext db) : IIntegrationEventHandler<ActivityScheduled>
{
    public Task Handle(ActivityScheduled message, CancellationToken ct) =>
        LinkedMeeting.Follow(db, message.ActivityId, message.Type, message.Title, message.Start, ct);
}

/// <summary>A meeting moved or renamed in the calendar is moved or renamed here too.</summary>
internal sealed class ActivityChangedHandler(BoardDbContext db) : IIntegrationEventHandler<ActivityChanged>
{
    public Task Handle(ActivityChanged message, CancellationToken ct) =>
        LinkedMeeting.Follow(db, message.ActivityId, message.Type, message.Title, message.Start, ct);
}

/// <summary>
/// A cancelled meeting goes away unless someone already wrote in it (agenda, speakers,
/// attendance, decisions): what people recorded is never thrown away by a calendar change.
/// </summary>
internal sealed class ActivityCancelledHandler(BoardDbContext db) : IIntegrationEventHandler<ActivityCancelled>
{
    public async Task Handle(ActivityCancelled message, CancellationToken ct)
    {
        if (await db.Meetings.FirstOrDefaultAsync(m => m.ActivityId == message.ActivityId, ct) is not { } meeting) return;
        var used = await db.AgendaItems.AnyAsync(i => i.MeetingId == meeting.Id, ct)
            || await db.Contributions.AnyAsync(c => c.MeetingId == meeting.Id, ct)
            || await db.Attendees.AnyAsync(a => a.MeetingId == meeting.Id, ct)
            || await db.Decisions.AnyAsync(d => d.MeetingId == meeting.Id, ct);
        if (used) return;
        db.Meetings.Remove(meeting);
        await db.SaveChangesAsync(ct);
    }
}

internal static class LinkedMeeting
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>Creates the meeting for a meeting-type activity, or brings its title and date up to date.</summary>
    public static async Task Follow(BoardDbContext db, Guid activityId, string type, string title, DateTimeOffset start, CancellationToken ct)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, Stockholm).DateTime);
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.ActivityId == activityId, ct);
        if (meeting is null)
        {
            if (!Meeting.Kinds.Contains(type)) return;
            db.Meetings.Add(new Meeting { Id = Guid.NewGuid(), Kind = type, Title = title, ActivityId = activityId, Date = date, CreatedAt = DateTime.UtcNow });
        }
        else if (!meeting.Locked)
        {
            meeting.Title = title;
            meeting.Date = date;
        }
        await db.SaveChangesAsync(ct);
    }
}
