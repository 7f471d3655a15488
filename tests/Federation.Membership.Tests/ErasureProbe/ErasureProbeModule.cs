using Federation.Membership.Contracts;
using Federation.Platform.Messaging;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

[assembly: FederationModule(typeof(Federation.MembershipErasureProbe.ErasureProbeModule))]

namespace Federation.MembershipErasureProbe;

/// <summary>Stands in for "another module" that must erase its copy of a member when told to.</summary>
public sealed class ErasureProbeModule : FederationModule
{
    public const string Id = "erasure-probe";

    public override ModuleManifest Manifest { get; } = new(Id, new("Raderingsprov", "Erasure probe"),
        [EventHandlerRegistration.Handle<MemberErased, ErasedHandler>()], []);

    public override void ConfigureServices(IServiceCollection services) =>
        services.AddModuleDbContext<ErasureProbeDbContext>(Id);
}

public sealed class ErasedHandler(ErasureProbeDbContext db) : IIntegrationEventHandler<MemberErased>
{
    public async Task Handle(MemberErased message, CancellationToken cancellationToken)
    {
        db.Erased.Add(new ErasedMember { Id = Guid.NewGuid(), MemberId = message.MemberId });
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class ErasedMember : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
}

public sealed class ErasureProbeDbContext(DbContextOptions<ErasureProbeDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public override string ModuleId => ErasureProbeModule.Id;

    public DbSet<ErasedMember> Erased => Set<ErasedMember>();

    protected override void ConfigureModel(ModelBuilder model) => model.Entity<ErasedMember>(e => e.ToTable("erased"));
}

[DbContext(typeof(ErasureProbeDbContext))]
[Migration("20261122000001_ErasureProbe")]
public sealed class ErasureProbeTables : ModuleMigration
{
    protected override string ModuleId => ErasureProbeModule.Id;

    protected override void Up(MigrationBuilder b)
    {
        CreateMessageTables(b);
        b.CreateTable(Table("erased"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("erased")}", x => x.Id));
        b.CreateIndex($"IX_{Table("erased")}_AssociationId", Table("erased"), "AssociationId", Schema);
    }
}
