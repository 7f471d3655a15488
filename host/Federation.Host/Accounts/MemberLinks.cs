using System.Security.Claims;
using Federation.Host.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Accounts;

/// <summary>The accounts' links to members, one per account and association and one per member.</summary>
public sealed class MemberLinks(PlatformDbContext db, IAssociationDirectory directory) : IMemberLinks
{
    public async Task<Guid?> MemberOf(ClaimsPrincipal user, string associationId, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId)) return null;
        return await db.AccountMembers.AsNoTracking()
            .Where(l => l.AccountId == accountId && l.AssociationId == associationId)
            .Select(l => (Guid?)l.MemberId).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Guid>> MembersOf(string associationId, IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var wanted = emails.Select(e => e.Trim().ToLowerInvariant()).Distinct().ToList();
        return await (from l in db.AccountMembers.AsNoTracking()
                      join a in db.Accounts on l.AccountId equals a.Id
                      where l.AssociationId == associationId && wanted.Contains(a.Email)
                      select new { a.Email, l.MemberId }).ToDictionaryAsync(x => x.Email, x => x.MemberId, cancellationToken);
    }

    public async Task<string?> AccountOf(string associationId, Guid memberId, CancellationToken cancellationToken = default) =>
        await (from l in db.AccountMembers.AsNoTracking()
               join a in db.Accounts on l.AccountId equals a.Id
               where l.AssociationId == associationId && l.MemberId == memberId
               select a.Email).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> Link(string email, string associationId, Guid memberId, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Email == normalized, cancellationToken);
        if (account is null) return false;
        db.AccountMembers.RemoveRange(await db.AccountMembers
            .Where(l => l.AssociationId == associationId && (l.AccountId == account.Id || l.MemberId == memberId)).ToListAsync(cancellationToken));
        db.AccountMembers.Add(new AccountMember { AccountId = account.Id, AssociationId = associationId, MemberId = memberId, LinkedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task Unlink(string associationId, Guid memberId, CancellationToken cancellationToken = default) =>
        await db.AccountMembers.Where(l => l.AssociationId == associationId && l.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);

    public async Task<ErasedAccount?> EraseAccount(string associationId, Guid memberId, CancellationToken cancellationToken = default)
    {
        var found = await (from l in db.AccountMembers
                           join a in db.Accounts on l.AccountId equals a.Id
                           where l.AssociationId == associationId && l.MemberId == memberId
                           select new { a.Id, a.Email }).FirstOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var scopes = await db.AccountRoles.Where(r => r.AccountId == found.Id).Select(r => r.Scope)
            .Union(db.AccountMembers.Where(l => l.AccountId == found.Id).Select(l => l.AssociationId))
            .ToListAsync(cancellationToken);
        var actedIn = scopes.Contains(AccountRole.DistrictScope)
            ? directory.All.Select(a => a.Id).ToList()
            : scopes.Where(s => directory.Find(s) is not null).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Sessions.Where(s => s.AccountId == found.Id).ExecuteDeleteAsync(cancellationToken);
        await db.ApiTokens.Where(t => t.AccountId == found.Id).ExecuteDeleteAsync(cancellationToken);
        await db.AccountMembers.Where(l => l.AccountId == found.Id).ExecuteDeleteAsync(cancellationToken);
        await db.AccountRoles.Where(r => r.AccountId == found.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Accounts.Where(a => a.Id == found.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ErasedAccount(found.Id, found.Email, actedIn);
    }
}
