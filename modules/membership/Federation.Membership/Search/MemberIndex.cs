using System.Collections.Concurrent;
using Federation.Membership.Domain;
using Federation.Membership.Engagement;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Search;

/// <summary>
/// The member list's index: each association's current members, held in memory in list order, so a
/// filter, its count and a page cost microseconds per member instead of an index look-up and a row
/// read each (measured in docs/performance.md). It is rebuilt when the association's register stamp
/// (<see cref="RegisterStamp"/>, replaced in the same transaction as any change to a member) differs
/// from the one it was built at; every search reads the stamp, so every instance of the host sees every
/// change at once. Only ids leave the index: the records shown come from the database.
/// </summary>
internal sealed class MemberIndex
{
    private sealed record Snapshot(long Stamp, IReadOnlyList<IndexedMember> Members, TermIndex Terms);

    private readonly ConcurrentDictionary<string, Snapshot> snapshots = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> rebuilding = new();

    /// <summary>The current association's members matching the filter, in list order.</summary>
    public async Task<IReadOnlyList<IndexedMember>> Match(MembershipDbContext db, MemberFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var (members, candidates, test) = await Plan(db, filter, today, cancellationToken);
        var visited = candidates is null ? members : candidates.Select(p => members[p]);
        return [.. test is null ? visited : visited.Where(test)];
    }

    /// <summary>
    /// One page of the matches and how many there are, keeping only the page: a list of thousands of
    /// matches is never copied (large arrays would each cost a full garbage collection).
    /// </summary>
    public async Task<(List<Guid> Page, int Total)> Page(MembershipDbContext db, MemberFilter filter, DateOnly today, int skip, int take, CancellationToken cancellationToken)
    {
        var (members, candidates, test) = await Plan(db, filter, today, cancellationToken);
        var count = candidates?.Length ?? members.Count;
        if (test is null) // every candidate matches: the count is known and the page is a slice
            return ([.. Enumerable.Range(skip, Math.Clamp(count - skip, 0, take)).Select(i => members[candidates?[i] ?? i].Id)], count);
        var page = new List<Guid>(take);
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            var member = members[candidates?[i] ?? i];
            if (!test(member)) continue;
            if (total >= skip && page.Count < take) page.Add(member.Id);
            total++;
        }
        return (page, total);
    }

    /// <summary>The snapshot to read and the filter over it: only the search words' and tag's candidates are visited, when there are any.</summary>
    private async Task<(IReadOnlyList<IndexedMember> Members, int[]? Candidates, Func<IndexedMember, bool>? Test)> Plan(
        MembershipDbContext db, MemberFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var snapshot = await Current(db, cancellationToken);
        var called = filter.NotCalledThisYear
            ? await Ids(db.Calls.Where(c => c.At >= Stockholm.YearStartUtc(today.Year)).Select(c => c.MemberId), cancellationToken)
            : null;
        var attended = filter.NeverAttended
            ? await Ids(db.Engagement.Where(e => e.Kind == EngagementEntry.Activity).Select(e => e.MemberId), cancellationToken)
            : null;
        var (candidates, test) = filter.Plan(snapshot.Terms, today, called, attended);
        return (snapshot.Members, candidates, test);
    }

    /// <summary>The records of the given members in the given order; members erased since the index was read are left out.</summary>
    public static async Task<List<Member>> Records(MembershipDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var rows = await db.Members.AsNoTracking().Where(m => list.Contains(m.Id) && m.ErasedAt == null).ToDictionaryAsync(m => m.Id, cancellationToken);
        return [.. list.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    private static async Task<HashSet<Guid>> Ids(IQueryable<Guid> ids, CancellationToken cancellationToken) =>
        [.. await ids.Distinct().ToListAsync(cancellationToken)];

    private async Task<Snapshot> Current(MembershipDbContext db, CancellationToken cancellationToken)
    {
        var association = db.CurrentAssociationId ?? throw new InvalidOperationException("The member list needs a current association.");
        var stamp = await db.RegisterStamp(cancellationToken);
        if (snapshots.TryGetValue(association, out var snapshot) && snapshot.Stamp == stamp) return snapshot;
        var gate = rebuilding.GetOrAdd(association, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // The stamp is read before the members: a change landing in between makes the next search rebuild again, never miss it.
            stamp = await db.RegisterStamp(cancellationToken);
            if (snapshots.TryGetValue(association, out snapshot) && snapshot.Stamp == stamp) return snapshot;
            var members = await db.Members.AsNoTracking().Where(m => m.ErasedAt == null)
                .Select(m => new IndexedMember(m.Id, m.MemberNumber, m.FirstName, m.LastName, m.Email, m.Phone != null, m.PostalArea,
                    m.JoinedOn, m.LeftOn, m.PaidUntil, m.ContactByEmail, m.ContactBySms, m.ContactByPost, m.NonDigital, m.Tags))
                .ToListAsync(cancellationToken);
            members.Sort(IndexedMember.ListOrder);
            return snapshots[association] = new Snapshot(stamp, members, new TermIndex(members));
        }
        finally
        {
            gate.Release();
        }
    }
}
