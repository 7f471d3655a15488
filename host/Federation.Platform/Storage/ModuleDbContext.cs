using System.Linq.Expressions;
using Federation.Platform.Messaging;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Storage;

/// <summary>
/// The base of every module's DbContext. It keeps the module's tables apart (prefix or schema),
/// filters every <see cref="IAssociationOwned"/> row by the current association, refuses to
/// write another association's rows, and stores published events through the outbox in the same
/// transaction as the change that raised them; they are delivered once that transaction commits.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly AssociationContext association;
    private readonly IEventOutbox? outbox;
    private readonly List<IIntegrationEvent> published = [];
    private readonly List<Func<Task>> stored = [];

    protected ModuleDbContext(DbContextOptions options, AssociationContext association, IEventOutbox? outbox)
        : base(options)
    {
        this.association = association;
        this.outbox = outbox;
    }

    public abstract string ModuleId { get; }

    /// <summary>The association rows are filtered by; read by the query filters per context instance.</summary>
    public string? CurrentAssociationId => association.AssociationId;

    /// <summary>Queues an integration event; the next SaveChanges stores it with the change.</summary>
    public void Publish(IIntegrationEvent message) => published.Add(message);

    /// <summary>
    /// Where SaveChanges puts the published events instead of the outbox, when whoever opened the transaction
    /// stores them together with other contexts' events (the host's shared commits of handled messages).
    /// </summary>
    internal List<IIntegrationEvent>? PublishInto { get; set; }

    protected abstract void ConfigureModel(ModelBuilder model);

    protected sealed override void OnModelCreating(ModelBuilder model)
    {
        ConfigureModel(model);

        foreach (var entity in model.Model.GetEntityTypes().Where(t => t.BaseType is null))
        {
            if (typeof(IAssociationOwned).IsAssignableFrom(entity.ClrType))
            {
                model.Entity(entity.ClrType).HasQueryFilter(AssociationFilter(entity.ClrType));
                model.Entity(entity.ClrType).HasIndex(nameof(IAssociationOwned.AssociationId));
            }
            var table = entity.GetTableName() ?? entity.ClrType.Name;
            if (Database.IsSqlite()) entity.SetTableName($"{ModuleId}_{table}");
            else entity.SetSchema(ModuleId);
        }
    }

    private LambdaExpression AssociationFilter(Type type)
    {
        var row = Expression.Parameter(type, "row");
        return Expression.Lambda(
            Expression.Equal(
                Expression.Property(row, nameof(IAssociationOwned.AssociationId)),
                Expression.Property(Expression.Constant(this), nameof(CurrentAssociationId))),
            row);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAndGuardAssociation();
        if (published.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (PublishInto is not null)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            PublishInto.AddRange(published);
            published.Clear();
            return saved;
        }
        if (outbox is null) throw new InvalidOperationException($"{GetType().Name} has no outbox to publish events through.");

        // The events are stored in the change's own transaction: the caller's, or one of ours.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var events = published.ToList();
            published.Clear();
            stored.Add(await outbox.Write(this, events, cancellationToken));
            if (own is not null) await own.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>After a commit (<see cref="OutboxDelivery"/>): the stored events go to their queues.</summary>
    internal async Task DeliverCommitted()
    {
        var deliveries = stored.ToList();
        stored.Clear();
        foreach (var deliver in deliveries) await deliver();
    }

    internal void ForgetUncommitted() => stored.Clear();

    private void StampAndGuardAssociation()
    {
        foreach (var entry in ChangeTracker.Entries<IAssociationOwned>())
        {
            if (entry.State == EntityState.Unchanged || entry.State == EntityState.Detached) continue;
            var current = association.AssociationId
                ?? throw new InvalidOperationException(
                    $"{entry.Entity.GetType().Name} cannot be saved without a current association.");
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.AssociationId))
                entry.Entity.AssociationId = current;
            var owner = entry.State == EntityState.Added
                ? entry.Entity.AssociationId
                : (string)entry.OriginalValues[nameof(IAssociationOwned.AssociationId)]!;
            if (owner != current || entry.Entity.AssociationId != current)
                throw new InvalidOperationException(
                    $"{entry.Entity.GetType().Name} belongs to association '{owner}', not to '{current}'.");
        }
    }
}
