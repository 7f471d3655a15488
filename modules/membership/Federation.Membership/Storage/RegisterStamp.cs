using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Storage;

/// <summary>
/// A random number per association, replaced in the same transaction as any change to its members, so
/// that <see cref="Search.MemberIndex"/> knows whether what it holds is still the register.
/// </summary>
internal sealed class RegisterStamp : IAssociationOwned
{
    public string AssociationId { get; set; } = "";
    public long Stamp { get; set; }
}

internal static class RegisterStamps
{
    /// <summary>The current association's stamp; 0 before its register was first changed.</summary>
    public static async Task<long> RegisterStamp(this MembershipDbContext db, CancellationToken cancellationToken) =>
        await db.RegisterStamps.AsNoTracking().Select(s => (long?)s.Stamp).SingleOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>Gives the current association's register a new stamp; run it in the transaction that changed a member.</summary>
    public static async Task TouchRegister(this MembershipDbContext db, CancellationToken cancellationToken)
    {
        var upsert = "INSERT INTO " + db.TableName<RegisterStamp>() + """ ("AssociationId", "Stamp") VALUES ({0}, {1}) ON CONFLICT ("AssociationId") DO UPDATE SET "Stamp" = excluded."Stamp" """;
        await db.Database.ExecuteSqlRawAsync(upsert, [db.CurrentAssociationId!, Random.Shared.NextInt64(1, long.MaxValue)], cancellationToken);
    }
}
