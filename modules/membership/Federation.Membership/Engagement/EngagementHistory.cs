using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Engagement;

internal sealed record HistoryLine(DateOnly From, DateOnly? Until, string Kind, string Detail);

/// <summary>A member's history: activities, board roles and calls, newest first.</summary>
internal sealed class EngagementHistory(MembershipDbContext db)
{
    public async Task<List<HistoryLine>> For(Guid memberId, CancellationToken cancellationToken = default)
    {
        var entries = await db.Engagement.AsNoTracking().Where(e => e.MemberId == memberId && e.Kind != EngagementEntry.BoardRoleEnd && e.Kind != EngagementEntry.ActivityMissed).ToListAsync(cancellationToken);
        var calls = await db.Calls.AsNoTracking().Where(c => c.MemberId == memberId).ToListAsync(cancellationToken);
        return entries.Select(e => new HistoryLine(e.From, e.Until, e.Kind, e.Detail))
            .Concat(calls.Select(c => new HistoryLine(DateOnly.FromDateTime(c.At), null, "call", c.Outcome.ToString())))
            .OrderByDescending(l => l.From).ToList();
    }
}
