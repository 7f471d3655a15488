using Federation.Communications.Domain;
using Federation.Communications.Letters;
using Federation.Communications.Media;
using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Storage;

internal sealed class CommunicationsDbContext(DbContextOptions<CommunicationsDbContext> options, AssociationContext association, IEventOutbox outbox)
    : ModuleDbContext(options, association, outbox)
{
    public const string Module = "communications";

    public override string ModuleId => Module;

    public DbSet<Series> Series => Set<Series>();
    public DbSet<Mailing> Mailings => Set<Mailing>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<Unsubscribe> Unsubscribes => Set<Unsubscribe>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<KnownActivity> KnownActivities => Set<KnownActivity>();
    public DbSet<MediaAppearance> Media => Set<MediaAppearance>();
    public DbSet<LetterRun> Letters => Set<LetterRun>();

    protected override void ConfigureModel(ModelBuilder model)
    {
        model.Entity<Series>(e => { e.ToTable("series"); e.Ignore(s => s.Slug); });
        model.Entity<Mailing>(e =>
        {
            e.ToTable("mailings");
            e.HasIndex(m => new { m.AssociationId, m.SourceKey }).IsUnique();
        });
        model.Entity<Delivery>(e =>
        {
            e.ToTable("deliveries");
            e.HasIndex(d => new { d.MailingId, d.Status });
            e.HasIndex(d => d.MemberId);
        });
        model.Entity<Unsubscribe>(e => { e.ToTable("unsubscribes"); e.HasIndex(u => new { u.MemberId, u.Channel }); });
        model.Entity<AuditEntry>(e => e.ToTable("audit"));
        model.Entity<KnownActivity>(e => e.ToTable("known_activities"));
        model.Entity<MediaAppearance>(e => { e.ToTable("media"); e.HasIndex(m => m.Date); });
        model.Entity<LetterRun>(e => e.ToTable("letters"));
    }
}
