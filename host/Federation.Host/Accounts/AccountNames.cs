using Federation.Host.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Accounts;

/// <summary>
/// Names for the accounts a record names by id (who changed a module, who gave a role). Records keep only the id,
/// so an erased account leaves no name behind: it reads as its pseudonym, the same one everywhere.
/// </summary>
internal static class AccountNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> Of(PlatformDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var names = await db.Accounts.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return wanted.ToDictionary(id => id, id => names.GetValueOrDefault(id) ?? new ErasedAccount(id, "", []).Pseudonym);
    }
}
