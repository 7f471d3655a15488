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

    public async Task<MemberContact?> Contact(Guid memberId, CancellationToken cancellationToken = default)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken);
        if (member is null) return null;
        await log.Read([member.Id], "read", "directory contact", cancellationToken);
        return ContactOf(member);
    }

    public async Task<IReadOnlyList<MemberContact>> Audience(Guid? smartListId = null, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        List<Member> members;
        if (smartListId is { } listId)
        {
            var list = await db.SmartLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken)
                ?? throw new KeyNotFoundException($"The smart list {listId} does not exist.");
            var ids = (await index.Match(db, MemberFilter.FromJson(list.Filter), today, cancellationToken)).Select(m => m.Id).ToList();
            members = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id) && m.ErasedAt == null).ToListAsync(cancellationToken);
        }
        else members = await db.Members.AsNoTracking().Where(MemberStatuses.Current(today)).ToListAsync(cancellationToken);
        if (members.Count > 0) await log.Read(members.Select(m => m.Id), "read", "directory audience", cancellationToken);
        return members.OrderBy(m => m.LastName).ThenBy(m => m.FirstName).Select(ContactOf).ToList();
    }

    public async Task<IReadOnlyList<SmartListCard>> SmartLists(CancellationToken cancellationToken = default) =>
        await db.SmartLists.AsNoTracking().OrderBy(l => l.Name).Select(l => new SmartListCard(l.Id, l.Name)).ToListAsync(cancellationToken);

    public async Task<bool> StopContact(Guid memberId, string channel, CancellationToken cancellationToken = default)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken);
        if (member is null) return false;
        switch (channel)
        {
            case ContactChannels.Email: member.ContactByEmail = false; break;
            case ContactChannels.Sms: member.ContactBySms = false; break;
            default: throw new ArgumentException($"Unknown contact channel '{channel}'.", nameof(channel));
        }
        member.UpdatedAt = clock.UtcNow();
        log.Changed(member.Id, "change", [channel == ContactChannels.Email ? "contact_by_email" : "contact_by_sms"]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task Shown(IEnumerable<Guid> memberIds, string list, CancellationToken cancellationToken = default)
    {
        var ids = memberIds.Distinct().ToList();
        if (ids.Count > 0) await log.Read(ids, "read", list, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, MemberCard>> Cards(IEnumerable<Guid> memberIds, string list, CancellationToken cancellationToken = default)
    {
        var ids = memberIds.Distinct().ToList();
        var cards = (await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id) && m.ErasedAt == null).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Id, Card);
        await Shown(cards.Keys, list, cancellationToken);
        return cards;
    }

    private static MemberContact ContactOf(Member m) =>
        new(m.Id, m.FirstName, m.Name, m.Email, m.Phone, m.Street, m.PostalCode, m.City, m.ContactByEmail, m.ContactBySms, m.ContactByPost, m.NonDigital);

    private static MemberCard Card(Member m) => new(m.Id, m.MemberNumber, m.Name, m.Gender, m.Email, m.Phone);
}
