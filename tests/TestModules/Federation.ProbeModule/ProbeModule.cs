using System.Collections.Concurrent;
using System.Data.Common;
using Federation.Membership.Contracts;
using Federation.Platform.Messaging;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

[assembly: FederationModule(typeof(Federation.ProbeModule.ProbeModule))]

namespace Federation.ProbeModule;

/// <summary>
/// Records every MemberJoined it handles, and the transaction it ran in; fails, after writing its row,
/// while <see cref="FlakyHandler.FailuresLeft"/> is positive.
/// </summary>
public sealed class ProbeModule : FederationModule
{
    public const string Id = "probe";

    public override ModuleManifest Manifest { get; } = new(Id, new("Prov", "Probe"),
        [EventHandlerRegistration.Handle<MemberJoined, FlakyHandler>()], []);

    public override void ConfigureServices(IServiceCollection services) =>
        services.AddModuleDbContext<ProbeDbContext>(Id);
}

public sealed class FlakyHandler(ProbeDbContext db) : IIntegrationEventHandler<MemberJoined>
{
    public static int FailuresLeft;

    /// <summary>The transactions handled messages ran in (kept alive, so they compare by reference).</summary>
    public static readonly ConcurrentBag<DbTransaction> Transactions = [];

    public Task Handle(MemberJoined message, CancellationToken cancellationToken)
    {
        Transactions.Add(db.Database.CurrentTransaction!.GetDbTransaction());
        // Written before the failure: a failed message must leave no row behind.
        db.Handled.Add(new HandledMessage { Id = Guid.NewGuid(), MemberId = message.MemberId });
        if (Interlocked.Decrement(ref FailuresLeft) >= 0) throw new InvalidOperationException("Probe failure on purpose");
        if (FailOneMemberForever && IsFailing(message.MemberId))
            throw new InvalidOperationException("Probe failure on purpose, always for this member");
        return Task.CompletedTask;
    }

    /// <summary>Fails every time for the first member it sees, and only for that one.</summary>
    public static bool FailOneMemberForever;

    private static Guid failingMember;

    public static Guid FailingMember => failingMember;

    private static readonly Lock failing = new();

    private static bool IsFailing(Guid member)
    {
        lock (failing)
        {
            if (failingMember == Guid.Empty) failingMember = member;
            return failingMember == member;
        }
    }

    public static void Reset()
    {
        FailuresLeft = 0;
        FailOneMemberForever = false;
        failingMember = Guid.Empty;
        Transactions.Clear();
    }
}

public sealed class HandledMessage : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
}

public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public override string ModuleId => ProbeModule.Id;

    public DbSet<HandledMessage> Handled => Set<HandledMessage>();

    protected override void ConfigureModel(ModelBuilder model) => model.Entity<HandledMessage>(e => e.ToTable("handled"));
}

[DbContext(typeof(ProbeDbContext))]
[Migration("20261122000001_Probe")]
public sealed class ProbeTables : ModuleMigration
{
    protected override string ModuleId => ProbeModule.Id;

    protected override void Up(MigrationBuilder b)
    {
        CreateMessageTables(b);
        b.CreateTable(Table("handled"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("handled")}", x => x.Id));
    }
}
