using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Communications.Storage;

[DbContext(typeof(CommunicationsDbContext))]
[Migration("20261126000001_Communications")]
internal sealed class Communications : ModuleMigration
{
    protected override string ModuleId => CommunicationsDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        if (!IsSqlite) b.EnsureSchema(ModuleId);
        b.CreateTable(Table("series"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Rhythm = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("series")}", x => x.Id));
        Index("series", "AssociationId");

        b.CreateTable(Table("mailings"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Channel = t.Column<string>(nullable: false),
            SeriesId = t.Column<Guid>(nullable: true),
            Subject = t.Column<string>(nullable: false),
            Body = t.Column<string>(nullable: false),
            ActivitiesBlock = t.Column<string>(nullable: true),
            SmartListId = t.Column<Guid>(nullable: true),
            Status = t.Column<string>(nullable: false),
            ScheduledFor = t.Column<DateTime>(nullable: true),
            SourceKey = t.Column<string>(nullable: true),
            Recipients = t.Column<int>(nullable: false),
            CreatedBy = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            QueuedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("mailings")}", x => x.Id));
        Index("mailings", "AssociationId");
        b.CreateIndex($"IX_{Table("mailings")}_AssociationId_SourceKey", Table("mailings"), ["AssociationId", "SourceKey"], Schema, unique: true);

        b.CreateTable(Table("deliveries"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MailingId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Channel = t.Column<string>(nullable: false),
            Address = t.Column<string>(nullable: false),
            FirstName = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Purpose = t.Column<string>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Reply = t.Column<string>(nullable: true),
            SentAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("deliveries")}", x => x.Id));
        Index("deliveries", "AssociationId");
        b.CreateIndex($"IX_{Table("deliveries")}_MailingId_Status", Table("deliveries"), ["MailingId", "Status"], Schema);
        Index("deliveries", "MemberId");

        b.CreateTable(Table("unsubscribes"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Channel = t.Column<string>(nullable: false),
            MailingId = t.Column<Guid>(nullable: true),
            Source = t.Column<string>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("unsubscribes")}", x => x.Id));
        Index("unsubscribes", "AssociationId");
        b.CreateIndex($"IX_{Table("unsubscribes")}_MemberId_Channel", Table("unsubscribes"), ["MemberId", "Channel"], Schema);

        b.CreateTable(Table("audit"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            At = t.Column<DateTime>(nullable: false),
            Actor = t.Column<string>(nullable: false),
            Action = t.Column<string>(nullable: false),
            What = t.Column<string>(nullable: false),
            Count = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("audit")}", x => x.Id));
        Index("audit", "AssociationId");

        b.CreateTable(Table("known_activities"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            StartUtc = t.Column<DateTime>(nullable: false),
            EndUtc = t.Column<DateTime>(nullable: false),
            Place = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("known_activities")}", x => x.Id));
        Index("known_activities", "AssociationId");

        b.CreateTable(Table("media"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Outlet = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: true),
            Link = t.Column<string>(nullable: true),
            People = t.Column<string>(nullable: true),
            Women = t.Column<int>(nullable: false),
            Men = t.Column<int>(nullable: false),
            NonBinary = t.Column<int>(nullable: false),
            NotStated = t.Column<int>(nullable: false),
            CreatedBy = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("media")}", x => x.Id));
        Index("media", "AssociationId");
        Index("media", "Date");

        b.CreateTable(Table("letters"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Semester = t.Column<string>(nullable: false),
            Subject = t.Column<string>(nullable: false),
            Body = t.Column<string>(nullable: false),
            Recipients = t.Column<int>(nullable: false),
            MemberIds = t.Column<string>(nullable: false),
            CreatedBy = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("letters")}", x => x.Id));
        Index("letters", "AssociationId");

        void Index(string table, string column) =>
            b.CreateIndex($"IX_{Table(table)}_{column}", Table(table), column, Schema);
    }
}
