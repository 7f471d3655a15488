using Federation.Membership.Domain;
using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Storage;

internal sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options, AssociationContext association, IOutboxSignal signal)
    : ModuleDbContext(options, association, signal)
{
    public const string Module = "membership";

    public override string ModuleId => Module;

    public DbSet<Member> Members => Set<Member>();

    protected override void ConfigureModel(ModelBuilder model) => model.Entity<Member>(e =>
    {
        e.ToTable("members");
        e.HasIndex(m => new { m.AssociationId, m.MemberNumber }).IsUnique();
    });
}
