using Microsoft.Extensions.DependencyInjection;
using Federation.Membership.Contracts;
using Federation.Membership.Search;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Domain;

/// <summary>The register as other modules may read it. Reads of a record (<see cref="Find"/>, and search hits) are logged.</summary>
internal sealed class MemberDirectory(MembershipDbContext db, MemberIndex index, AccessLog log, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock) : IMemberDirectory
{
    public async Task<MemberCard?> Find(Guid memberId, CancellationToken cancellationToken = default)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken);
        if (member is null) return null;
        await log.Read([member.Id], "read", "directory", cancellationToken);
        return Card(member);
    }

    public async Task<IReadOnlyList<MemberCard>> Search(string query, int max, CancellationToken cancellationToken = default)
    {
        var matches = await index.Match(db, new MemberFilter(query), clock.Today(), cancellationToken);
        var members = await MemberIndex.Records(db, [.. matches.Take(Math.Clamp(max, 1, 200)).Select(m => m.Id)], cancellationToken);
        if (members.Count > 0) await log.Read(members.Select(m => m.Id), "read", "directory search", cancellationToken);
        return members.Select(Card).ToList();
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByGender(CancellationToken cancellationToken = default)
    {
        var counts = await db.Members.AsNoTracking().Where(MemberStatuses.Current(clock.Today()))
            .GroupBy(m => m.Gender).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Gender.All.ToDictionary(g => g, g => counts.Where(c => c.Key == g).Sum(c => c.Count));
    }

    private static MemberCard Card(Member m) => new(m.Id, m.MemberNumber, m.Name, m.Gender, m.Email, m.Phone);
}
