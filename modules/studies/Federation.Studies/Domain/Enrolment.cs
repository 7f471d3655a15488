using Federation.Membership.Contracts;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Federation.Studies.Contracts;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Federation.Studies.Domain;

internal enum PlaceStatus { Confirmed, Waiting, Cancelled }

/// <summary>A sign-up as an organiser sees it: its place (waiting number counts 1, 2, 3 … without gaps), sessions attended, completion.</summary>
internal sealed record RosterRow(
    Guid SignUpId, string Association, Guid MemberId, string Name, int Position, PlaceStatus Status, int? WaitingNumber,
    IReadOnlyList<Guid> AttendedSessions, bool Completed);

/// <summary>
/// Sign-ups, the waiting list, attendance per session and completions. A sign-up is written by the member's own
/// association; attendance and completions by the occasion's owner (the district for a district course).
/// </summary>
internal sealed class Enrolment(StudiesDbContext db, AssociationContext current, IAssociationDirectory directory, TimeProvider clock)
{
    private string Here => current.Required.Id;
    private string District => directory.District.Id;

    /// <summary>Signs a member of the current association up: a place, or the end of the waiting list.</summary>
    public async Task<RosterRow> SignUp(Guid occasionId, MemberCard member, CancellationToken ct)
    {
        await using var transaction = await Lock(occasionId, ct);
        var occasion = await Open(occasionId, ct);
        var signUp = await db.SignUps.FirstOrDefaultAsync(s => s.OccasionId == occasionId && s.MemberId == member.MemberId, ct);
        if (signUp is { CancelledAt: null }) return (await Roster(occasion, [signUp], ct)).Single();
        var position = await db.Occasions.IgnoreQueryFilters().Where(o => o.Id == occasionId).Select(o => o.LastPosition).SingleAsync(ct) + 1;
        await db.Occasions.IgnoreQueryFilters().Where(o => o.Id == occasionId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.LastPosition, position), ct);
        if (signUp is null)
        {
            signUp = new CourseSignUp { Id = Guid.NewGuid(), OccasionId = occasionId, MemberId = member.MemberId, Name = member.Name };
            db.SignUps.Add(signUp);
        }
        signUp.Name = member.Name;
        signUp.Position = position;
        signUp.SignedUpAt = clock.GetUtcNow().UtcDateTime;
        signUp.CancelledAt = null;
        var ahead = await Active(occasionId).CountAsync(s => s.Position < position, ct);
        var waiting = occasion.Capacity is { } capacity && ahead >= capacity;
        var course = await db.Courses.IgnoreQueryFilters().SingleAsync(c => c.Id == occasion.CourseId, ct);
        db.Publish(new CourseSignUpConfirmed(Here, member.MemberId, occasionId, course.Title, occasion.StartUtc, occasion.Place, waiting));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await Roster(occasion, [signUp], ct)).Single();
    }

    /// <summary>Cancels a sign-up of the current association; if it held a place, the first waiting (of any association) gets it and is told.</summary>
    public async Task<Guid?> Cancel(Guid occasionId, Guid memberId, CancellationToken ct)
    {
        await using var transaction = await Lock(occasionId, ct);
        var occasion = await Open(occasionId, ct);
        var signUp = await db.SignUps.FirstOrDefaultAsync(s => s.OccasionId == occasionId && s.MemberId == memberId && s.CancelledAt == null, ct)
            ?? throw new KeyNotFoundException(Text.T("Medlemmen är inte anmäld till tillfället.", "The member is not signed up for the occasion."));
        var line = await Active(occasionId).OrderBy(s => s.Position).ToListAsync(ct);
        signUp.CancelledAt = clock.GetUtcNow().UtcDateTime;
        CourseSignUp? promoted = null;
        if (occasion.Capacity is { } capacity && line.Count > capacity && line.FindIndex(s => s.Id == signUp.Id) < capacity)
        {
            promoted = line[capacity];
            var course = await db.Courses.IgnoreQueryFilters().SingleAsync(c => c.Id == occasion.CourseId, ct);
            db.Publish(new CourseSignUpConfirmed(promoted.AssociationId, promoted.MemberId, occasionId, course.Title, occasion.StartUtc, occasion.Place, false));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return promoted?.MemberId;
    }

    /// <summary>
    /// The owner changes an occasion's place or capacity. More places move the first waiting up, and they are told;
    /// fewer places are refused below the number already confirmed, so nobody loses a place they were promised.
    /// </summary>
    public async Task Change(Guid occasionId, string? place, int? capacity, CancellationToken ct)
    {
        await using var transaction = await Lock(occasionId, ct);
        var occasion = await Owned(occasionId, ct);
        var line = await Active(occasionId).OrderBy(s => s.Position).ToListAsync(ct);
        var before = occasion.Capacity is { } c ? Math.Min(c, line.Count) : line.Count;
        if (capacity is < 1) throw StudiesValidationException.One("capacity", Text.T("Antalet platser måste vara minst 1 (lämna tomt för obegränsat).", "Places must be at least 1 (leave empty for no limit)."));
        if (capacity is { } fewer && fewer < before)
            throw StudiesValidationException.One("capacity", Text.T($"{before} har redan en plats; antalet platser kan inte bli färre.", $"{before} already have a place; places cannot be fewer."));
        occasion.Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        occasion.Capacity = capacity;
        var after = capacity is { } n ? Math.Min(n, line.Count) : line.Count;
        var course = await db.Courses.SingleAsync(c => c.Id == occasion.CourseId, ct);
        foreach (var promoted in line.Skip(before).Take(after - before))
            db.Publish(new CourseSignUpConfirmed(promoted.AssociationId, promoted.MemberId, occasionId, course.Title, occasion.StartUtc, occasion.Place, false));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The occasion's sign-ups the current association may see: all of them for the owner, otherwise its own members'.</summary>
    public async Task<IReadOnlyList<RosterRow>> Roster(Guid occasionId, CancellationToken ct)
    {
        var occasion = await db.Occasions.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == occasionId, ct);
        var query = occasion.AssociationId == Here ? db.SignUps.IgnoreQueryFilters().Where(s => s.OccasionId == occasionId) : db.SignUps.Where(s => s.OccasionId == occasionId);
        return await Roster(occasion, await query.AsNoTracking().OrderBy(s => s.Position).ToListAsync(ct), ct);
    }

    /// <summary>
    /// Records who was present at one session (replacing what was recorded for it), then derives completions: a
    /// member who attended every session of the occasion has completed the course. Only the occasion's owner records.
    /// </summary>
    public async Task RecordAttendance(Guid occasionId, Guid sessionId, IReadOnlyCollection<Guid> present, CancellationToken ct)
    {
        var occasion = await Owned(occasionId, ct);
        var sessions = await db.Sessions.Where(s => s.OccasionId == occasionId).ToListAsync(ct);
        var session = sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new KeyNotFoundException($"Inget kurspass {sessionId} i tillfället.");
        if (session.StartUtc > clock.GetUtcNow().UtcDateTime) throw StudiesValidationException.One("session", Text.T("Närvaro registreras när kurspasset har börjat.", "Attendance is recorded once the session has started."));
        var signUps = await db.SignUps.IgnoreQueryFilters().Where(s => s.OccasionId == occasionId && s.CancelledAt == null).ToListAsync(ct);
        var unknown = present.Where(id => signUps.All(s => s.Id != id)).ToList();
        if (unknown.Count > 0) throw StudiesValidationException.One("present", $"{unknown.Count} av de markerade är inte anmälda till tillfället.");

        db.Attendance.RemoveRange(await db.Attendance.Where(a => a.SessionId == sessionId).ToListAsync(ct));
        foreach (var s in signUps.Where(s => present.Contains(s.Id)))
            db.Attendance.Add(new SessionAttendance { Id = Guid.NewGuid(), OccasionId = occasionId, SessionId = sessionId, SignUpId = s.Id, MemberAssociationId = s.AssociationId, MemberId = s.MemberId });
        await db.SaveChangesAsync(ct);
        await DeriveCompletions(occasion, sessions.Count, signUps, ct);
    }

    /// <summary>The organiser records a completion (e.g. a course judged by the organiser rather than by attendance).</summary>
    public async Task Complete(Guid occasionId, Guid signUpId, DateOnly? on, CancellationToken ct)
    {
        var occasion = await Owned(occasionId, ct);
        var signUp = await db.SignUps.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == signUpId && s.OccasionId == occasionId && s.CancelledAt == null, ct)
            ?? throw new KeyNotFoundException(Text.T("Medlemmen är inte anmäld till tillfället.", "The member is not signed up for the occasion."));
        var course = await db.Courses.SingleAsync(c => c.Id == occasion.CourseId, ct);
        if (await Completed(course.Id, signUp, ct) is not null) return;
        AddCompletion(course, occasion, signUp, on ?? DateOnly.FromDateTime(Stockholm.Local(occasion.EndUtc)), Completion.ByOrganiser);
        await db.SaveChangesAsync(ct);
    }

    public async Task Uncomplete(Guid occasionId, Guid signUpId, CancellationToken ct)
    {
        await Owned(occasionId, ct);
        var signUp = await db.SignUps.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == signUpId && s.OccasionId == occasionId, ct)
            ?? throw new KeyNotFoundException(Text.T("Medlemmen är inte anmäld till tillfället.", "The member is not signed up for the occasion."));
        db.Completions.RemoveRange(await db.Completions
            .Where(c => c.OccasionId == occasionId && c.MemberAssociationId == signUp.AssociationId && c.MemberId == signUp.MemberId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    private async Task DeriveCompletions(Occasion occasion, int sessionCount, List<CourseSignUp> signUps, CancellationToken ct)
    {
        var course = await db.Courses.SingleAsync(c => c.Id == occasion.CourseId, ct);
        var attended = (await db.Attendance.Where(a => a.OccasionId == occasion.Id).ToListAsync(ct)).GroupBy(a => a.SignUpId).ToDictionary(g => g.Key, g => g.Count());
        var completions = await db.Completions.Where(c => c.OccasionId == occasion.Id).ToListAsync(ct);
        foreach (var signUp in signUps)
        {
            var all = attended.GetValueOrDefault(signUp.Id) >= sessionCount;
            var existing = completions.FirstOrDefault(c => c.MemberAssociationId == signUp.AssociationId && c.MemberId == signUp.MemberId);
            if (all && existing is null && await Completed(course.Id, signUp, ct) is null)
                AddCompletion(course, occasion, signUp, DateOnly.FromDateTime(Stockholm.Local(occasion.EndUtc)), Completion.ByAttendance);
            else if (!all && existing is { Source: Completion.ByAttendance })
                db.Completions.Remove(existing); // attendance was corrected
        }
        await db.SaveChangesAsync(ct);
    }

    private void AddCompletion(Course course, Occasion occasion, CourseSignUp signUp, DateOnly on, string source)
    {
        db.Completions.Add(new Completion
        {
            Id = Guid.NewGuid(), MemberAssociationId = signUp.AssociationId, MemberId = signUp.MemberId, Name = signUp.Name,
            CourseId = course.Id, CourseKind = course.Kind, OccasionId = occasion.Id, CompletedOn = on, Source = source,
        });
        db.Publish(new CourseCompleted(signUp.AssociationId, signUp.MemberId, course.Id, course.Kind, on));
    }

    private Task<Completion?> Completed(Guid courseId, CourseSignUp signUp, CancellationToken ct) =>
        db.Completions.FirstOrDefaultAsync(c => c.CourseId == courseId && c.MemberAssociationId == signUp.AssociationId && c.MemberId == signUp.MemberId, ct);

    /// <summary>
    /// Opens a sign-up's, cancellation's or change's transaction holding the occasion's row lock (<see cref="RowLock"/>),
    /// so concurrent ones for one occasion run one after another and each reads the last position the one before
    /// it handed out.
    /// </summary>
    private async Task<IDbContextTransaction> Lock(Guid occasionId, CancellationToken ct) =>
        await db.Lock(db.Occasions.IgnoreQueryFilters().Where(o => o.Id == occasionId), o => o.LastPosition, ct)
            ?? throw new KeyNotFoundException($"Inget tillfälle {occasionId}.");

    private IQueryable<CourseSignUp> Active(Guid occasionId) =>
        db.SignUps.IgnoreQueryFilters().Where(s => s.OccasionId == occasionId && s.CancelledAt == null);

    private async Task<Occasion> Open(Guid occasionId, CancellationToken ct)
    {
        var occasion = await db.Occasions.IgnoreQueryFilters()
            .FirstOrDefaultAsync(o => o.Id == occasionId && (o.AssociationId == Here || o.AssociationId == District), ct)
            ?? throw new KeyNotFoundException($"Inget tillfälle {occasionId}.");
        if (occasion.Cancelled) throw StudiesValidationException.One("occasion", Text.T("Tillfället är inställt.", "The occasion is cancelled."));
        if (occasion.EndUtc <= clock.GetUtcNow().UtcDateTime) throw StudiesValidationException.One("occasion", Text.T("Tillfället har redan ägt rum.", "The occasion has already taken place."));
        return occasion;
    }

    private async Task<Occasion> Owned(Guid occasionId, CancellationToken ct) =>
        await db.Occasions.FirstOrDefaultAsync(o => o.Id == occasionId, ct)
        ?? throw new KeyNotFoundException($"Inget tillfälle {occasionId} som föreningen anordnar.");

    private async Task<IReadOnlyList<RosterRow>> Roster(Occasion occasion, IReadOnlyList<CourseSignUp> rows, CancellationToken ct)
    {
        var line = await Active(occasion.Id).OrderBy(s => s.Position).Select(s => s.Id).ToListAsync(ct);
        var attendance = (await db.Attendance.IgnoreQueryFilters().Where(a => a.OccasionId == occasion.Id).ToListAsync(ct)).ToLookup(a => a.SignUpId);
        var completed = (await db.Completions.IgnoreQueryFilters().Where(c => c.OccasionId == occasion.Id)
            .Select(c => new { c.MemberAssociationId, c.MemberId }).ToListAsync(ct)).ToHashSet();
        return rows.Select(s =>
        {
            var rank = line.IndexOf(s.Id);
            var status = s.CancelledAt is not null ? PlaceStatus.Cancelled
                : occasion.Capacity is { } c && rank >= c ? PlaceStatus.Waiting : PlaceStatus.Confirmed;
            int? number = status == PlaceStatus.Waiting ? rank - occasion.Capacity!.Value + 1 : null;
            return new RosterRow(s.Id, s.AssociationId, s.MemberId, s.Name, s.Position, status, number,
                attendance[s.Id].Select(a => a.SessionId).ToList(), completed.Contains(new { MemberAssociationId = s.AssociationId, s.MemberId }));
        }).ToList();
    }
}
