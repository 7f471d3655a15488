using Microsoft.Extensions.DependencyInjection;
using Federation.Membership.Calls;
using Federation.Membership.Contracts;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Domain;

/// <summary>The register's figures for the activity plan (counts only: no member's record is read out).</summary>
internal sealed class MembershipStatistics(MembershipDbContext db, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock) : IMembershipStatistics
{
    public async Task<YearShare> Called(int year, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var day = year == today.Year ? today : new DateOnly(year, 12, 31);
        var (from, to) = (Stockholm.YearStartUtc(year), Stockholm.YearStartUtc(year + 1));
        var members = (await db.Members.AsNoTracking().Where(MemberStatuses.Current(day)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var reached = await db.Calls.AsNoTracking().Where(c => c.Outcome == CallOutcome.Reached && c.At >= from && c.At < to)
            .Select(c => c.MemberId).Distinct().ToListAsync(cancellationToken);
        return new YearShare(year, members.Count, reached.Count(members.Contains));
    }

    public async Task<YearShare> Onboarded(int year, string stepId, CancellationToken cancellationToken = default)
    {
        var (first, last, today) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), clock.Today());
        var joined = db.Members.AsNoTracking().Where(m => m.JoinedOn >= first && m.JoinedOn <= last).Select(m => m.Id);
        var due = await db.Onboarding.AsNoTracking().Where(t => t.StepId == stepId && t.DueOn <= today && joined.Contains(t.MemberId))
            .Select(t => new { t.MemberId, Done = t.DoneAt != null }).ToListAsync(cancellationToken);
        var people = due.GroupBy(t => t.MemberId).ToList();
        return new YearShare(year, people.Count, people.Count(p => p.Any(t => t.Done)));
    }
}
