using Federation.Board.Domain;
using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Storage;

internal sealed class BoardDbContext(DbContextOptions<BoardDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public const string Module = "board";

    public override string ModuleId => Module;

    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Pillar> Pillars => Set<Pillar>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<TargetEntry> TargetEntries => Set<TargetEntry>();
    public DbSet<PlanChange> PlanChanges => Set<PlanChange>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<FollowUpComment> FollowUpComments => Set<FollowUpComment>();
    public DbSet<HeldActivity> HeldActivities => Set<HeldActivity>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<BoardRole> Roles => Set<BoardRole>();
    public DbSet<ElectedOfficial> ElectedOfficials => Set<ElectedOfficial>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<MeetingAttendee> Attendees => Set<MeetingAttendee>();
    public DbSet<MinutesRevision> MinutesRevisions => Set<MinutesRevision>();
    public DbSet<MeetingAdjuster> Adjusters => Set<MeetingAdjuster>();
    public DbSet<IntroductionTalk> IntroductionTalks => Set<IntroductionTalk>();
    public DbSet<MentorRequest> MentorRequests => Set<MentorRequest>();
    public DbSet<MunicipalGroup> MunicipalGroups => Set<MunicipalGroup>();
    public DbSet<MunicipalGroupMember> MunicipalGroupMembers => Set<MunicipalGroupMember>();
    public DbSet<MunicipalGroupFunction> MunicipalGroupFunctions => Set<MunicipalGroupFunction>();
    public DbSet<RulesBriefing> RulesBriefings => Set<RulesBriefing>();
    public DbSet<MunicipalGroupMeeting> MunicipalGroupMeetings => Set<MunicipalGroupMeeting>();
    public DbSet<MunicipalGroupChange> MunicipalGroupChanges => Set<MunicipalGroupChange>();

    protected override void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Plan>(e =>
        {
            e.ToTable("plans");
            e.HasMany(p => p.Pillars).WithOne().HasForeignKey(p => p.PlanId);
        });
        model.Entity<Pillar>(e =>
        {
            e.ToTable("pillars");
            e.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PillarId);
        });
        model.Entity<Goal>(e =>
        {
            e.ToTable("goals");
            e.HasMany(g => g.Targets).WithOne().HasForeignKey(t => t.GoalId);
        });
        model.Entity<Target>(e =>
        {
            e.ToTable("targets");
            e.Property(t => t.Kind).HasConversion<string>();
            e.Property(t => t.Period).HasConversion<string>();
        });
        model.Entity<TargetEntry>(e =>
        {
            e.ToTable("target_entries");
            e.HasIndex(x => x.TargetId);
        });
        model.Entity<FollowUp>(e =>
        {
            e.ToTable("follow_ups");
            e.HasMany(f => f.Comments).WithOne().HasForeignKey(c => c.FollowUpId);
        });
        model.Entity<FollowUpComment>(e => e.ToTable("follow_up_comments"));
        model.Entity<PlanChange>(e =>
        {
            e.ToTable("plan_changes");
            e.HasIndex(c => c.PlanId);
        });
        model.Entity<HeldActivity>(e =>
        {
            e.ToTable("held_activities");
            e.HasKey(a => a.ActivityId);
        });
        model.Entity<Attendance>(e =>
        {
            e.ToTable("attendances");
            e.HasKey(a => new { a.ActivityId, a.MemberId });
        });
        model.Entity<BoardRole>(e => e.ToTable("roles"));
        model.Entity<ElectedOfficial>(e => e.ToTable("elected_officials"));
        model.Entity<Meeting>(e =>
        {
            e.ToTable("meetings");
            e.HasIndex(m => m.SpeakerCode);
        });
        model.Entity<Contribution>(e =>
        {
            e.ToTable("contributions");
            e.HasIndex(c => c.MeetingId);
        });
        model.Entity<AgendaItem>(e =>
        {
            e.ToTable("agenda_items");
            e.HasIndex(i => i.MeetingId);
        });
        model.Entity<Decision>(e =>
        {
            e.ToTable("decisions");
            e.HasIndex(d => d.MeetingId);
        });
        model.Entity<MeetingAttendee>(e =>
        {
            e.ToTable("attendees");
            e.HasIndex(a => a.MeetingId);
        });
        model.Entity<AnnualReport>(e =>
        {
            e.ToTable("annual_reports");
            e.HasIndex(r => new { r.AssociationId, r.Year }).IsUnique();
        });
        model.Entity<MinutesRevision>(e =>
        {
            e.ToTable("minutes_revisions");
            e.HasIndex(r => r.MeetingId);
        });
        model.Entity<MeetingAdjuster>(e =>
        {
            e.ToTable("adjusters");
            e.HasIndex(a => a.MeetingId);
        });
        model.Entity<IntroductionTalk>(e =>
        {
            e.ToTable("introduction_talks");
            e.HasIndex(t => new { t.AssociationId, t.MemberId }).IsUnique();
        });
        model.Entity<MentorRequest>(e =>
        {
            e.ToTable("mentor_requests");
            e.Property(r => r.Status).HasConversion<string>();
            e.HasIndex(r => r.AssociationId);
        });
        model.Entity<MunicipalGroup>(e => e.ToTable("municipal_groups").HasIndex(g => new { g.AssociationId, g.Name }).IsUnique());
        model.Entity<MunicipalGroupMember>(e => e.ToTable("municipal_group_members").HasIndex(m => new { m.GroupId, m.MemberId }).IsUnique());
        model.Entity<MunicipalGroupFunction>(e => e.ToTable("municipal_group_functions").HasIndex(f => new { f.GroupId, f.Function }).IsUnique());
        model.Entity<RulesBriefing>(e => e.ToTable("rules_briefings").HasIndex(b => new { b.GroupId, b.MemberId }).IsUnique());
        model.Entity<MunicipalGroupMeeting>(e => e.ToTable("municipal_group_meetings").HasIndex(m => m.GroupId));
        model.Entity<MunicipalGroupChange>(e => e.ToTable("municipal_group_changes").HasIndex(c => c.GroupId));
    }
}
