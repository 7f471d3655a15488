using System.Linq.Expressions;
using System.Text.Json;
using Federation.Platform.Messaging;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Platform.Storage;

/// <summary>
/// The base of every module's DbContext. It keeps the module's tables apart (prefix or schema),
/// filters every <see cref="IAssociationOwned"/> row by the current association, refuses to
/// write another association's rows, and stores published events in the outbox in the same
/// SaveChanges as the change that raised them.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly AssociationContext association;
    private readonly IOutboxSignal? outboxSignal;
    private readonly List<IIntegrationEvent> published = [];

    protected ModuleDbContext(DbContextOptions options, AssociationContext association, IOutboxSignal? outboxSignal)
        : base(options)
    {
        this.association = association;
        this.outboxSignal = outboxSignal;
    }

    public abstract string ModuleId { get; }

    /// <summary>The association rows are filtered by; read by the query filters per context instance.</summary>
    public string? CurrentAssociationId => association.AssociationId;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    /// <summary>Queues an integration event; it is written to the outbox by the next SaveChanges.</summary>
    public void Publish(IIntegrationEvent message) => published.Add(message);

    /// <summary>Events published and not yet written to the outbox.</summary>
    protected bool HasPendingEvents => published.Count > 0;

    /// <summary>For a subclass that commits its own transaction: SaveChanges inside one leaves waking the dispatcher to the committer.</summary>
    protected void WakeOutboxDispatcher() => outboxSignal?.Notify();

    protected abstract void ConfigureModel(ModelBuilder model);

    protected sealed override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(m => m.Sequence);
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => m.DeliveredAt);
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox");
            e.HasKey(m => new { m.MessageId, m.Handler });
        });
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
        var hadEvents = published.Count > 0;
        foreach (var message in published)
            Outbox.Add(ToOutbox(message));
        published.Clear();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (hadEvents && Database.CurrentTransaction is null) outboxSignal?.Notify();
        return written;
    }

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

    private static OutboxMessage ToOutbox(IIntegrationEvent message) => new()
    {
        MessageId = Guid.NewGuid(),
        Type = MessageTypes.NameOf(message.GetType()),
        Payload = JsonSerializer.Serialize(message, message.GetType(), MessageTypes.Json),
        AssociationId = message.AssociationId,
        CreatedAt = DateTime.UtcNow,
    };
}
