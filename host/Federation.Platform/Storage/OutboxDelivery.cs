using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Federation.Platform.Storage;

/// <summary>
/// Hands a context's stored events to their queues when its transaction commits, whoever
/// commits it (the context itself, or a caller that opened the transaction), and forgets them on
/// a rollback, which took their stored copies with it.
/// </summary>
internal sealed class OutboxDelivery : DbTransactionInterceptor
{
    public static readonly OutboxDelivery Instance = new();

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext db) await db.DeliverCommitted();
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ModuleDbContext db) db.DeliverCommitted().GetAwaiter().GetResult();
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ModuleDbContext)?.ForgetUncommitted();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ModuleDbContext)?.ForgetUncommitted();
}
