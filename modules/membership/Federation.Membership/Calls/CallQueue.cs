using Microsoft.Extensions.DependencyInjection;
using Federation.Membership.Domain;
using Federation.Membership.Onboarding;
using Federation.Membership.Search;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Calls;

internal sealed record NewAssignment(string Title, string? Instructions, Guid? SmartListId, MemberFilter? Filter, IReadOnlyList<string>? Callers, int CooldownHours = 48, int MaxAttempts = 0);

/// <summary>A call flagged "needs an officer", with whom it was about and the assignment.</summary>
internal sealed record OfficerCall(Guid CallId, Guid MemberId, string MemberName, string? Phone, string Assignment, string Caller, DateTime At,
    CallOutcome Outcome, string? Note, DateTime? HandledAt, string? HandledBy);

internal sealed record CallLog(CallOutcome Outcome, string? Note, bool NeedsOfficer, DateTime? CallBackAt);

internal sealed record CallProgress(int Targets, int Reached, int Attempted, int Left, int ReachedThisYear, int CurrentMembers)
{
    /// <summary>Share of all current members reached by any assignment this year, in whole percent.</summary>
    public int ShareReachedThisYearPercent => CurrentMembers == 0 ? 0 : (int)(100L * ReachedThisYear / CurrentMembers);
}

/// <summary>
/// The shared queue of an assignment. A caller claims the next person with an atomic
/// compare-and-set on the target row, so two callers never get the same person; a claim
/// expires (the caller left) and the person returns to the queue. People not reached wait out
/// the cool-down; an agreed call-back time is kept.
/// </summary>
internal sealed class CallQueue(MembershipDbContext db, MemberIndex index, AccessLog log, OnboardingBoard onboarding, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
{
    public static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(15);

    public async Task<CallAssignment> Create(NewAssignment input, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(input.Title)) throw new MemberValidationException(["The assignment needs a title."]);
        if (input.CooldownHours is < 0 or > 24 * 60) throw new MemberValidationException(["Cool-down must be between 0 and 1440 hours."]);
        if (input.MaxAttempts is < 0 or > 20) throw new MemberValidationException(["Attempts before giving up must be between 0 (never give up) and 20."]);
        var filter = input.Filter ?? new MemberFilter();
        if (input.SmartListId is { } listId)
            filter = MemberFilter.FromJson((await db.SmartLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken)
                ?? throw new MemberValidationException([$"No smart list {listId}."])).Filter);
        var problems = filter.Problems().ToList();
        if (problems.Count > 0) throw new MemberValidationException(problems);
        var today = clock.Today();
        var assignment = new CallAssignment
        {
            Id = Guid.NewGuid(), Title = input.Title.Trim(), Instructions = input.Instructions?.Trim() ?? "",
            SmartListId = input.SmartListId, Filter = filter.ToJson(), CooldownHours = input.CooldownHours, MaxAttempts = input.MaxAttempts,
            Callers = MemberTags.Join(input.Callers?.Select(c => c.Trim().ToLowerInvariant())), CreatedAt = clock.UtcNow(),
        };
        db.CallAssignments.Add(assignment);
        var callable = (await index.Match(db, filter, today, cancellationToken)).Where(m => m.StatusOn(today) != MemberStatus.Left && m.HasPhone).Select(m => m.Id).ToList();
        var targets = await db.Members.AsNoTracking().Where(m => callable.Contains(m.Id) && !m.DoNotCall).Select(m => m.Id).ToListAsync(cancellationToken);
        db.CallTargets.AddRange(targets.Select(id => new CallTarget { Id = Guid.NewGuid(), AssignmentId = assignment.Id, MemberId = id }));
        await db.SaveChangesAsync(cancellationToken);
        return assignment;
    }

    public Task<List<CallAssignment>> Assignments(CancellationToken cancellationToken = default) =>
        db.CallAssignments.AsNoTracking().OrderByDescending(a => a.CreatedAt).ToListAsync(cancellationToken);

    public Task<CallAssignment?> Assignment(Guid id, CancellationToken cancellationToken = default) =>
        db.CallAssignments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public static bool MayCall(CallAssignment assignment, string callerEmail) =>
        assignment.Callers.Length == 0 || assignment.Callers.Contains($"|{callerEmail.Trim().ToLowerInvariant()}|");

    /// <summary>The person this caller has claimed and not yet logged, if the claim has not expired; claims nobody.</summary>
    public Task<CallTarget?> Held(Guid assignmentId, string caller, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow();
        return db.CallTargets.AsNoTracking()
            .FirstOrDefaultAsync(t => t.AssignmentId == assignmentId && !t.Done && t.ClaimedBy == caller && t.ClaimExpiresAt > now, cancellationToken);
    }

    /// <summary>An open target of the assignment, claimed or not; claims nothing.</summary>
    public Task<CallTarget?> Target(Guid assignmentId, Guid targetId, CancellationToken cancellationToken = default) =>
        db.CallTargets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == targetId && t.AssignmentId == assignmentId && !t.Done, cancellationToken);

    /// <summary>The person this caller should call now (their own unexpired claim first), or null when nobody is due.</summary>
    public async Task<CallTarget?> Next(Guid assignmentId, string caller, CancellationToken cancellationToken = default)
    {
        if (await Held(assignmentId, caller, cancellationToken) is { } held) return held;
        var now = clock.UtcNow();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            // Take a few due candidates and try one at random, so simultaneous callers rarely collide.
            var due = await db.CallTargets.AsNoTracking()
                .Where(t => t.AssignmentId == assignmentId && !t.Done
                    && (t.NextAttemptAt == null || t.NextAttemptAt <= now)
                    && (t.ClaimExpiresAt == null || t.ClaimExpiresAt <= now))
                .OrderBy(t => t.Attempts).ThenBy(t => t.NextAttemptAt).Select(t => t.Id).Take(32).ToListAsync(cancellationToken);
            if (due.Count == 0) return null;
            var id = due[Random.Shared.Next(due.Count)];
            var expires = now + ClaimTime;
            var claimed = await db.CallTargets
                .Where(t => t.Id == id && !t.Done && (t.ClaimExpiresAt == null || t.ClaimExpiresAt <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, caller).SetProperty(t => t.ClaimExpiresAt, expires), cancellationToken);
            if (claimed == 1) return await db.CallTargets.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
        }
        return null;
    }

    /// <summary>Logs the outcome of the caller's current call and releases the person.</summary>
    public async Task<CallRecord> Log(Guid targetId, string caller, CallLog input, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow();
        if (input.Outcome == CallOutcome.CallBack && (input.CallBackAt is null || input.CallBackAt <= now))
            throw new MemberValidationException(["A call-back needs a time in the future."]);
        var target = await db.CallTargets.SingleOrDefaultAsync(t => t.Id == targetId, cancellationToken)
            ?? throw new KeyNotFoundException($"No call target {targetId}.");
        await db.Entry(target).ReloadAsync(cancellationToken); // claims are written past the change tracker (ExecuteUpdate)
        if (target.ClaimedBy != caller || target.ClaimExpiresAt <= now)
            throw new MemberValidationException(["This person is not (or no longer) yours to call; get the next person."]);
        var assignment = await db.CallAssignments.SingleAsync(a => a.Id == target.AssignmentId, cancellationToken);
        target.Attempts++;
        target.ClaimedBy = null;
        target.ClaimExpiresAt = null;
        switch (input.Outcome)
        {
            case CallOutcome.Reached:
                target.Done = true;
                target.Reached = true;
                // A call that reaches a new member is their first contact (Solna 2024: "Samtliga nya medlemmar kontaktas").
                await onboarding.TickStep(target.MemberId, OnboardingSteps.FirstContact, caller, cancellationToken);
                break;
            case CallOutcome.WrongNumber:
                target.Done = true;
                break;
            case CallOutcome.DoNotCall:
                target.Done = true;
                await db.Members.Where(m => m.Id == target.MemberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.DoNotCall, true), cancellationToken);
                break;
            case CallOutcome.CallBack:
                target.NextAttemptAt = DateTime.SpecifyKind(input.CallBackAt!.Value, DateTimeKind.Utc);
                break;
            default:
                target.NextAttemptAt = now.AddHours(assignment.CooldownHours);
                break;
        }
        // An agreed call-back is kept even on the last attempt.
        if (!target.Done && input.Outcome != CallOutcome.CallBack && assignment.MaxAttempts > 0 && target.Attempts >= assignment.MaxAttempts)
            target.Done = true;
        var record = new CallRecord
        {
            Id = Guid.NewGuid(), AssignmentId = target.AssignmentId, MemberId = target.MemberId, Caller = caller, At = now,
            Outcome = input.Outcome, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            NeedsOfficer = input.NeedsOfficer, CallBackAt = target.NextAttemptAt is { } next && input.Outcome == CallOutcome.CallBack ? next : null,
        };
        db.Calls.Add(record);
        log.Changed(target.MemberId, "change", ["call"]);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    public async Task<CallProgress> Progress(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        var targets = db.CallTargets.AsNoTracking().Where(t => t.AssignmentId == assignmentId);
        var counts = await targets.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(), Reached = g.Count(t => t.Reached), Attempted = g.Count(t => t.Attempts > 0), Left = g.Count(t => !t.Done),
        }).SingleOrDefaultAsync(cancellationToken);
        var today = clock.Today();
        var since = Stockholm.YearStartUtc(today.Year);
        var reachedThisYear = await db.Calls.AsNoTracking().Where(c => c.Outcome == CallOutcome.Reached && c.At >= since)
            .Select(c => c.MemberId).Distinct().CountAsync(cancellationToken);
        var current = await db.Members.AsNoTracking().Where(MemberStatuses.Current(today)).CountAsync(cancellationToken);
        return new CallProgress(counts?.Total ?? 0, counts?.Reached ?? 0, counts?.Attempted ?? 0, counts?.Left ?? 0, reachedThisYear, current);
    }

    /// <summary>Calls flagged "needs an officer": open ones first, newest first.</summary>
    public async Task<(List<OfficerCall> Items, int Total)> NeedsOfficer(bool includeHandled, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var calls = db.Calls.AsNoTracking().Where(c => c.NeedsOfficer);
        if (!includeHandled) calls = calls.Where(c => c.HandledAt == null);
        var total = await calls.CountAsync(cancellationToken);
        var rows = await calls
            .Join(db.Members, c => c.MemberId, m => m.Id, (c, m) => new { c, m.FirstName, m.LastName, m.Phone })
            .Join(db.CallAssignments, x => x.c.AssignmentId, a => a.Id, (x, a) => new { x.c, x.FirstName, x.LastName, x.Phone, a.Title })
            .OrderBy(x => x.c.HandledAt != null).ThenByDescending(x => x.c.At)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = rows.Select(x => new OfficerCall(x.c.Id, x.c.MemberId, $"{x.FirstName} {x.LastName}".Trim(), x.Phone, x.Title, x.c.Caller,
            x.c.At, x.c.Outcome, x.c.Note, x.c.HandledAt, x.c.HandledBy)).ToList();
        if (items.Count > 0) await log.Read(items.Select(i => i.MemberId).Distinct(), "read", "needs-officer list", cancellationToken);
        return (items, total);
    }

    /// <summary>Marks a flagged call as dealt with; false if there is no such flagged call.</summary>
    public async Task<bool> MarkHandled(Guid callId, CancellationToken cancellationToken = default)
    {
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Id == callId && c.NeedsOfficer, cancellationToken);
        if (call is null) return false;
        if (call.HandledAt is not null) return true;
        call.HandledAt = clock.UtcNow();
        call.HandledBy = log.Actor;
        log.Changed(call.MemberId, "change", ["call handled"]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<List<CallRecord>> History(Guid memberId, CancellationToken cancellationToken = default) =>
        db.Calls.AsNoTracking().Where(c => c.MemberId == memberId).OrderByDescending(c => c.At).ToListAsync(cancellationToken);
}
