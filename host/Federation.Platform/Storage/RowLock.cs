using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Federation.Platform.Storage;

/// <summary>
/// Serialises the writers of one aggregate (an activity's sign-ups, a meeting's speaker list) where a
/// decision reads what others write: capacity, the next position, the next speaker number.
/// </summary>
public static class RowLock
{
    /// <summary>
    /// Opens a transaction whose first statement rewrites <paramref name="column"/> of the rows
    /// <paramref name="row"/> selects with its own value. That takes the row's lock on PostgreSQL and
    /// the database's write lock on SQLite, so a second writer waits until this transaction ends, and
    /// every read that follows in it sees all earlier writers' committed changes. Returns null (and no
    /// transaction) when no row matched — the aggregate does not exist in this association.
    /// </summary>
    public static async Task<IDbContextTransaction?> Lock<T, TColumn>(
        this DbContext db, IQueryable<T> row, Expression<Func<T, TColumn>> column, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await row.ExecuteUpdateAsync(set => set.SetProperty(column, column), cancellationToken) > 0) return transaction;
        await transaction.DisposeAsync();
        return null;
    }
}
