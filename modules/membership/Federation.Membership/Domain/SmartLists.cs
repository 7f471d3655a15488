using Microsoft.Extensions.DependencyInjection;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Domain;

/// <summary>Saved filters, usable by call assignments and (later) communications.</summary>
internal sealed class SmartLists(MembershipDbContext db, AccessLog log, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
{
    public async Task<SmartList> Save(string name, MemberFilter filter, CancellationToken cancellationToken = default)
    {
        var problems = filter.Problems().ToList();
        if (string.IsNullOrWhiteSpace(name)) problems.Insert(0, "The list needs a name.");
        if (problems.Count > 0) throw new MemberValidationException(problems);
        var list = new SmartList { Id = Guid.NewGuid(), Name = name.Trim(), Filter = filter.ToJson(), CreatedBy = log.Actor, CreatedAt = clock.UtcNow() };
        db.SmartLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        return list;
    }

    public Task<List<SmartList>> All(CancellationToken cancellationToken = default) =>
        db.SmartLists.AsNoTracking().OrderBy(l => l.Name).ToListAsync(cancellationToken);
}
