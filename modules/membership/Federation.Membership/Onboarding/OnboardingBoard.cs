using Microsoft.Extensions.DependencyInjection;
using Federation.Membership.Domain;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Onboarding;

internal sealed record OnboardingItem(Guid Id, Guid MemberId, string MemberName, string StepId, string Step, DateOnly DueOn, bool Overdue, DateTime? DoneAt, string? DoneBy);

/// <summary>Open onboarding steps, overdue first, and ticking them off.</summary>
internal sealed class OnboardingBoard(MembershipDbContext db, AccessLog log, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
{
    public async Task<(List<OnboardingItem> Items, int Total)> Open(bool overdueOnly, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var open = db.Onboarding.AsNoTracking().Where(t => t.DoneAt == null);
        if (overdueOnly) open = open.Where(t => t.DueOn < today);
        var total = await open.CountAsync(cancellationToken);
        var rows = await open.OrderBy(t => t.DueOn).ThenBy(t => t.MemberId)
            .Join(db.Members, t => t.MemberId, m => m.Id, (t, m) => new { t, Name = m.FirstName + " " + m.LastName })
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        if (rows.Count > 0) await log.Read(rows.Select(r => r.t.MemberId).Distinct(), "read", "onboarding list", cancellationToken);
        return (rows.Select(r => Item(r.t, r.Name, today)).ToList(), total);
    }

    public async Task<List<OnboardingItem>> ForMember(Guid memberId, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var tasks = await db.Onboarding.AsNoTracking().Where(t => t.MemberId == memberId).OrderBy(t => t.DueOn).ToListAsync(cancellationToken);
        return tasks.Select(t => Item(t, "", today)).ToList();
    }

    public async Task<bool> Tick(Guid taskId, CancellationToken cancellationToken = default)
    {
        var task = await db.Onboarding.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null) return false;
        if (task.DoneAt is not null) return true;
        task.DoneAt = clock.UtcNow();
        task.DoneBy = log.Actor;
        log.Changed(task.MemberId, "change", [$"onboarding:{task.StepId}"]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Ticks a member's open step, if they have one, as done by <paramref name="doneBy"/>; the caller saves.</summary>
    public async Task<bool> TickStep(Guid memberId, string stepId, string doneBy, CancellationToken cancellationToken = default)
    {
        var task = await db.Onboarding.SingleOrDefaultAsync(t => t.MemberId == memberId && t.StepId == stepId && t.DoneAt == null, cancellationToken);
        if (task is null) return false;
        task.DoneAt = clock.UtcNow();
        task.DoneBy = doneBy;
        log.Changed(memberId, "change", [$"onboarding:{stepId}"]);
        return true;
    }

    private static OnboardingItem Item(OnboardingTask t, string name, DateOnly today) =>
        new(t.Id, t.MemberId, name, t.StepId, Federation.Platform.Web.Text.T(t.NameSv, t.NameEn), t.DueOn, t.DoneAt is null && t.DueOn < today, t.DoneAt, t.DoneBy);
}
