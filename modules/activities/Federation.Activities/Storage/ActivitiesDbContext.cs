using Federation.Activities.Domain;
using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Storage;

internal sealed class ActivitiesDbContext(DbContextOptions<ActivitiesDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public const string Module = "activities";

    public override string ModuleId => Module;

    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivitySeries> Series => Set<ActivitySeries>();
    public DbSet<SignUp> SignUps => Set<SignUp>();
    public DbSet<PriorityArea> PriorityAreas => Set<PriorityArea>();
    public DbSet<FeedToken> FeedTokens => Set<FeedToken>();
    public DbSet<Fund.FundApplication> FundApplications => Set<Fund.FundApplication>();
    public DbSet<Network.Activist> Activists => Set<Network.Activist>();

    protected override void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Activity>(e =>
        {
            e.ToTable("activities");
            e.Property(a => a.Visibility).HasConversion<string>();
            e.Ignore(a => a.CalendarId);
            e.Ignore(a => a.IsCopy);
            e.Ignore(a => a.CoHostIds);
            e.HasIndex(a => new { a.AssociationId, a.StartUtc });
            e.HasIndex(a => new { a.SeriesId, a.SeriesDate });
            e.HasIndex(a => new { a.AssociationId, a.SourceActivityId }).IsUnique();
        });
        model.Entity<ActivitySeries>(e =>
        {
            e.ToTable("series");
            e.Property(s => s.Visibility).HasConversion<string>();
            e.Property(s => s.Weekday).HasConversion<string>();
        });
        model.Entity<SignUp>(e =>
        {
            e.ToTable("signups");
            e.Property(s => s.Status).HasConversion<string>();
            e.Property(s => s.Attendance).HasConversion<string>();
            e.HasIndex(s => new { s.ActivityId, s.MemberId }).IsUnique();
            e.HasIndex(s => s.MemberId);
        });
        model.Entity<PriorityArea>(e => e.ToTable("priority_areas"));
        model.Entity<Fund.FundApplication>(e =>
        {
            e.ToTable("fund_applications");
            e.Property(a => a.Capacity).HasConversion<string>();
            e.Property(a => a.Decision).HasConversion<string>();
            e.HasIndex(a => new { a.Year, a.AssociationId });
        });
        model.Entity<Network.Activist>(e =>
        {
            e.ToTable("activists");
            e.Ignore(a => a.KindList);
            e.HasIndex(a => new { a.AssociationId, a.Account }).IsUnique();
        });
        model.Entity<FeedToken>(e =>
        {
            e.ToTable("feeds");
            e.HasIndex(f => f.Token).IsUnique();
        });
    }
}
