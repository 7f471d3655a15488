using Federation.Activities.Contracts;
using Federation.Activities.Storage;
using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Domain;

/// <summary>One attendance mark as an organiser enters it afterwards.</summary>
internal sealed record AttendanceMark(Guid MemberId, AttendanceOutcome Outcome);

/// <summary>
/// Sign-ups, the waiting list and attendance. When an activity is full new sign-ups wait; a
/// cancellation promotes the first in line. Each sign-up and cancellation holds the activity's row
/// lock while it counts and numbers, so concurrent ones cannot overfill it or share a position.
/// </summary>
internal sealed class SignUps(ActivitiesDbContext db, TimeProvider clock)
{
    public async Task<SignUp> SignUp(Guid activityId, Guid memberId, CancellationToken ct)
    {
        await using var transaction = await Lock(activityId, ct);
        var activity = await Open(activityId, ct);
        var all = await db.SignUps.Where(s => s.ActivityId == activityId).ToListAsync(ct);
        var signUp = all.FirstOrDefault(s => s.MemberId == memberId);
        if (signUp is { Status: not SignUpStatus.Cancelled }) return signUp;
        var confirmed = all.Count(s => s.Status == SignUpStatus.Confirmed);
        var status = activity.MaxParticipants is { } max && confirmed >= max ? SignUpStatus.Waiting : SignUpStatus.Confirmed;
        var position = all.Count == 0 ? 1 : all.Max(s => s.Position) + 1;
        if (signUp is null)
        {
            signUp = new SignUp { Id = Guid.NewGuid(), ActivityId = activityId, MemberId = memberId };
            db.SignUps.Add(signUp);
        }
        signUp.Status = status;
        signUp.Position = position;
        signUp.SignedUpAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return signUp;
    }

    /// <summary>Cancels a sign-up; a confirmed place goes to the first on the waiting list. Returns who was promoted.</summary>
    public async Task<Guid?> Cancel(Guid activityId, Guid memberId, CancellationToken ct)
    {
        await using var transaction = await Lock(activityId, ct);
        await Open(activityId, ct);
        var all = await db.SignUps.Where(s => s.ActivityId == activityId).ToListAsync(ct);
        var signUp = all.FirstOrDefault(s => s.MemberId == memberId && s.Status != SignUpStatus.Cancelled)
            ?? throw new KeyNotFoundException(T("Medlemmen är inte anmäld till aktiviteten.", "The member is not signed up for this activity."));
        var freed = signUp.Status == SignUpStatus.Confirmed;
        signUp.Status = SignUpStatus.Cancelled;
        var next = freed ? all.Where(s => s.Status == SignUpStatus.Waiting).MinBy(s => s.Position) : null;
        if (next is not null) next.Status = SignUpStatus.Confirmed;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return next?.MemberId;
    }

    /// <summary>
    /// Records attendance once the activity has started: each mark per member, everyone else signed up
    /// and not marked keeps no mark. Publishes <see cref="AttendanceRecorded"/> per member and <see cref="ActivityHeld"/>.
    /// Recording again corrects it: only members whose outcome changed are published again, with the
    /// activity's next revision, and <see cref="ActivityHeld"/> follows with the recounted totals, so
    /// the board's goal progress and membership's engagement history replace what they held.
    /// </summary>
    public async Task<Activity> RecordAttendance(Guid activityId, IReadOnlyList<AttendanceMark> marks, CancellationToken ct)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId, ct)
            ?? throw new KeyNotFoundException(T($"Aktiviteten {activityId} finns inte i kalendern.", $"No activity {activityId} in this calendar."));
        var problems = new Problems();
        if (activity.IsCopy) problems.Add("activity", T($"Aktiviteten arrangeras av {activity.HostAssociationId}; närvaron registreras där.", $"The activity is organised by '{activity.HostAssociationId}'; attendance is recorded there."));
        if (activity.Cancelled) problems.Add("activity", T("Aktiviteten är inställd.", "The activity was cancelled."));
        if (activity.StartUtc > clock.GetUtcNow().UtcDateTime) problems.Add("activity", T("Närvaro registreras när aktiviteten har börjat.", "Attendance is recorded after the activity has started."));
        if (marks.Count == 0) problems.Add("marks", T("Markera minst en medlem.", "Mark at least one member."));
        if (marks.GroupBy(m => m.MemberId).Any(g => g.Count() > 1)) problems.Add("marks", T("En medlem är markerad mer än en gång.", "A member is marked more than once."));
        problems.ThrowIfAny();

        var existing = await db.SignUps.Where(s => s.ActivityId == activityId).ToListAsync(ct);
        var position = existing.Count == 0 ? 0 : existing.Max(s => s.Position);
        var changed = new List<AttendanceMark>();
        foreach (var mark in marks)
        {
            // Someone who came without signing up is recorded too.
            var signUp = existing.FirstOrDefault(s => s.MemberId == mark.MemberId);
            if (signUp is null)
            {
                signUp = new SignUp { Id = Guid.NewGuid(), ActivityId = activityId, MemberId = mark.MemberId, Position = ++position, SignedUpAt = clock.GetUtcNow().UtcDateTime, Status = SignUpStatus.Confirmed };
                db.SignUps.Add(signUp);
                existing.Add(signUp);
            }
            if (signUp.Attendance == mark.Outcome) continue;
            signUp.Attendance = mark.Outcome;
            changed.Add(mark);
        }
        if (activity.Held && changed.Count == 0) return activity; // nothing corrected: nothing to tell

        activity.Held = true;
        activity.AttendanceRevision++;
        foreach (var mark in changed)
            db.Publish(new AttendanceRecorded(activity.AssociationId, activity.Id, mark.MemberId, activity.Type, activity.LocalDate, mark.Outcome, activity.AttendanceRevision));
        // Totals over every mark held, not only this form's, so a partial correction keeps the others.
        activity.Attended = existing.Count(s => s.Attendance == AttendanceOutcome.Attended);
        activity.NoShows = existing.Count(s => s.Attendance == AttendanceOutcome.NoShow);
        activity.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Publish(new ActivityHeld(activity.AssociationId, activity.Id, activity.Type, activity.LocalDate, await RuleOf(activity, ct),
            activity.Area, activity.InPriorityArea, activity.Attended, activity.NoShows, activity.AttendanceRevision, activity.Childcare));
        await db.SaveChangesAsync(ct);
        return activity;
    }

    private async Task<string?> RuleOf(Activity activity, CancellationToken ct) =>
        activity.SeriesId is { } id ? await db.Series.Where(s => s.Id == id).Select(s => s.Rule).FirstOrDefaultAsync(ct) : null;

    private async Task<IDbContextTransaction> Lock(Guid activityId, CancellationToken ct) =>
        await db.Lock(db.Activities.Where(a => a.Id == activityId), a => a.Title, ct)
            ?? throw new KeyNotFoundException(T($"Aktiviteten {activityId} finns inte i kalendern.", $"No activity {activityId} in this calendar."));

    private async Task<Activity> Open(Guid activityId, CancellationToken ct)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId, ct)
            ?? throw new KeyNotFoundException(T($"Aktiviteten {activityId} finns inte i kalendern.", $"No activity {activityId} in this calendar."));
        if (activity.IsCopy) throw ActivityValidationException.One("activity", T($"Anmäl dig hos arrangören, {activity.HostAssociationId}.", $"Sign up with the organiser, '{activity.HostAssociationId}'."));
        if (activity.Cancelled) throw ActivityValidationException.One("activity", T("Aktiviteten är inställd.", "The activity is cancelled."));
        if (activity.Held) throw ActivityValidationException.One("activity", T("Aktiviteten har redan ägt rum.", "The activity has already taken place."));
        return activity;
    }
}
