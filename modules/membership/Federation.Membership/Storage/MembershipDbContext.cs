using Federation.Membership.Calls;
using Federation.Membership.Domain;
using Federation.Membership.Engagement;
using Federation.Membership.Onboarding;
using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Storage;

internal sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public const string Module = "membership";

    public override string ModuleId => Module;

    public DbSet<Member> Members => Set<Member>();
    public DbSet<RegisterStamp> RegisterStamps => Set<RegisterStamp>();
    public DbSet<MemberNote> Notes => Set<MemberNote>();
    public DbSet<AccessEntry> AccessLog => Set<AccessEntry>();
    public DbSet<SmartList> SmartLists => Set<SmartList>();
    public DbSet<OnboardingTask> Onboarding => Set<OnboardingTask>();
    public DbSet<CallAssignment> CallAssignments => Set<CallAssignment>();
    public DbSet<CallTarget> CallTargets => Set<CallTarget>();
    public DbSet<CallRecord> Calls => Set<CallRecord>();
    public DbSet<EngagementEntry> Engagement => Set<EngagementEntry>();

    /// <summary>A change to any member gives the association's register a new stamp in the same transaction (see <see cref="Search.MemberIndex"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!ChangeTracker.Entries<Member>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null)
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await this.TouchRegister(cancellationToken);
            return written;
        }
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await this.TouchRegister(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    protected override void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Member>(e =>
        {
            e.ToTable("members");
            e.HasIndex(m => new { m.AssociationId, m.MemberNumber }).IsUnique();
            e.HasIndex(m => new { m.AssociationId, m.Email });
            e.Ignore(m => m.TagList);
            e.Property(m => m.Version).IsConcurrencyToken();
        });
        model.Entity<RegisterStamp>(e =>
        {
            e.ToTable("register_stamps");
            e.HasKey(x => x.AssociationId);
        });
        model.Entity<MemberNote>(e =>
        {
            e.ToTable("notes");
            e.HasIndex(n => new { n.AssociationId, n.MemberId });
        });
        model.Entity<AccessEntry>(e =>
        {
            e.ToTable("access_log");
            e.HasIndex(a => new { a.AssociationId, a.MemberId });
            e.HasIndex(a => new { a.AssociationId, a.At });
        });
        model.Entity<SmartList>(e => e.ToTable("smart_lists"));
        model.Entity<OnboardingTask>(e =>
        {
            e.ToTable("onboarding");
            e.HasIndex(t => new { t.AssociationId, t.MemberId, t.StepId }).IsUnique();
            e.HasIndex(t => new { t.AssociationId, t.DueOn });
        });
        model.Entity<CallAssignment>(e => e.ToTable("call_assignments"));
        model.Entity<CallTarget>(e =>
        {
            e.ToTable("call_targets");
            e.HasIndex(t => new { t.AssignmentId, t.MemberId }).IsUnique();
        });
        model.Entity<CallRecord>(e =>
        {
            e.ToTable("calls");
            e.Property(c => c.Outcome).HasConversion<string>();
            e.HasIndex(c => new { c.AssociationId, c.MemberId });
        });
        model.Entity<EngagementEntry>(e =>
        {
            e.ToTable("engagement");
            e.HasIndex(x => new { x.AssociationId, x.MemberId });
        });
    }
}
