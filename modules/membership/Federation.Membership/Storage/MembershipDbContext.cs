using Federation.Membership.Calls;
using Federation.Membership.Domain;
using Federation.Membership.Engagement;
using Federation.Membership.Onboarding;
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
    public DbSet<MemberTerm> Terms => Set<MemberTerm>();
    public DbSet<MemberNote> Notes => Set<MemberNote>();
    public DbSet<AccessEntry> AccessLog => Set<AccessEntry>();
    public DbSet<SmartList> SmartLists => Set<SmartList>();
    public DbSet<OnboardingTask> Onboarding => Set<OnboardingTask>();
    public DbSet<CallAssignment> CallAssignments => Set<CallAssignment>();
    public DbSet<CallTarget> CallTargets => Set<CallTarget>();
    public DbSet<CallRecord> Calls => Set<CallRecord>();
    public DbSet<EngagementEntry> Engagement => Set<EngagementEntry>();

    /// <summary>Keeps every saved member's search terms in step with the member, whatever changed it.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await SyncTerms(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private async Task SyncTerms(CancellationToken cancellationToken)
    {
        var changed = new Dictionary<Guid, Member?>();
        foreach (var entry in ChangeTracker.Entries<Member>().ToList())
        {
            if (entry.State == EntityState.Added) Terms.AddRange(MemberTerms.Rows(entry.Entity));
            else if (entry.State == EntityState.Deleted) changed[entry.Entity.Id] = null;
            else if (entry.State == EntityState.Modified && MemberTerms.Sources.Any(p => entry.Property(p).IsModified))
                changed[entry.Entity.Id] = entry.Entity;
        }
        if (changed.Count == 0) return;
        var ids = changed.Keys.ToList();
        var stored = (await Terms.Where(t => ids.Contains(t.MemberId)).ToListAsync(cancellationToken)).ToLookup(t => t.MemberId);
        foreach (var (id, member) in changed)
        {
            var wanted = member is null ? new HashSet<string>() : MemberTerms.Of(member);
            Terms.RemoveRange(stored[id].Where(t => !wanted.Contains(t.Term)));
            Terms.AddRange(wanted.Except(stored[id].Select(t => t.Term)).Select(t => new MemberTerm { AssociationId = member!.AssociationId, MemberId = id, Term = t }));
        }
    }

    protected override void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Member>(e =>
        {
            e.ToTable("members");
            e.HasIndex(m => new { m.AssociationId, m.MemberNumber }).IsUnique();
            e.HasIndex(m => new { m.AssociationId, m.LastName, m.FirstName });
            e.HasIndex(m => new { m.AssociationId, m.Email });
            e.HasIndex(m => new { m.AssociationId, m.PostalArea });
            e.HasIndex(m => new { m.AssociationId, m.JoinedOn });
            e.Ignore(m => m.TagList);
        });
        model.Entity<MemberTerm>(e =>
        {
            e.ToTable("member_terms");
            e.HasKey(t => new { t.MemberId, t.Term });
            e.HasIndex(t => new { t.AssociationId, t.Term, t.MemberId });
            // Byte order on PostgreSQL too, so that a prefix is one index range (as SQLite's BINARY).
            if (!Database.IsSqlite()) e.Property(t => t.Term).UseCollation("C");
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
