using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Activities.Storage;

[DbContext(typeof(ActivitiesDbContext))]
[Migration("20261122000001_Activities")]
internal sealed class Activities : ModuleMigration
{
    protected override string ModuleId => ActivitiesDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        CreateMessageTables(b);
        b.CreateTable(Table("activities"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: true),
            StartUtc = t.Column<DateTime>(nullable: false),
            EndUtc = t.Column<DateTime>(nullable: false),
            LocalDate = t.Column<DateOnly>(nullable: false),
            Place = t.Column<string>(nullable: true),
            Area = t.Column<string>(nullable: true),
            InPriorityArea = t.Column<bool>(nullable: false),
            Organiser = t.Column<string>(nullable: true),
            MinParticipants = t.Column<int>(nullable: true),
            MaxParticipants = t.Column<int>(nullable: true),
            Childcare = t.Column<bool>(nullable: false),
            KeepSpeakerStatistics = t.Column<bool>(nullable: false),
            Campaign = t.Column<string>(nullable: true),
            Visibility = t.Column<string>(nullable: false),
            CoHosts = t.Column<string>(nullable: true),
            DistrictWide = t.Column<bool>(nullable: false),
            SeriesId = t.Column<Guid>(nullable: true),
            SeriesDate = t.Column<DateOnly>(nullable: true),
            EditedByHand = t.Column<bool>(nullable: false),
            Cancelled = t.Column<bool>(nullable: false),
            Held = t.Column<bool>(nullable: false),
            Attended = t.Column<int>(nullable: false),
            NoShows = t.Column<int>(nullable: false),
            HostAssociationId = t.Column<string>(nullable: true),
            SourceActivityId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("activities")}", x => x.Id));
        b.CreateIndex($"IX_{Table("activities")}_AssociationId", Table("activities"), "AssociationId", Schema);
        b.CreateIndex($"IX_{Table("activities")}_AssociationId_StartUtc", Table("activities"), ["AssociationId", "StartUtc"], Schema);
        b.CreateIndex($"IX_{Table("activities")}_SeriesId_SeriesDate", Table("activities"), ["SeriesId", "SeriesDate"], Schema);

        b.CreateTable(Table("series"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Rule = t.Column<string>(nullable: false),
            Weekday = t.Column<string>(nullable: true),
            DayOfMonth = t.Column<int>(nullable: true),
            Ordinal = t.Column<int>(nullable: true),
            Type = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: true),
            Place = t.Column<string>(nullable: true),
            Area = t.Column<string>(nullable: true),
            StartTime = t.Column<TimeOnly>(nullable: false),
            DurationMinutes = t.Column<int>(nullable: false),
            From = t.Column<DateOnly>(nullable: false),
            Until = t.Column<DateOnly>(nullable: false),
            Visibility = t.Column<string>(nullable: false),
            MaxParticipants = t.Column<int>(nullable: true),
            Childcare = t.Column<bool>(nullable: false),
            Campaign = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("series")}", x => x.Id));
        b.CreateIndex($"IX_{Table("series")}_AssociationId", Table("series"), "AssociationId", Schema);

        b.CreateTable(Table("signups"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            ActivityId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Position = t.Column<int>(nullable: false),
            SignedUpAt = t.Column<DateTime>(nullable: false),
            Attendance = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("signups")}", x => x.Id));
        b.CreateIndex($"IX_{Table("signups")}_AssociationId", Table("signups"), "AssociationId", Schema);
        b.CreateIndex($"IX_{Table("signups")}_ActivityId_MemberId", Table("signups"), ["ActivityId", "MemberId"], Schema, unique: true);
        b.CreateIndex($"IX_{Table("signups")}_MemberId", Table("signups"), "MemberId", Schema);

        b.CreateTable(Table("priority_areas"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("priority_areas")}", x => x.Id));
        b.CreateIndex($"IX_{Table("priority_areas")}_AssociationId", Table("priority_areas"), "AssociationId", Schema);

        b.CreateTable(Table("officials"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("officials")}", x => x.Id));
        b.CreateIndex($"IX_{Table("officials")}_AssociationId", Table("officials"), "AssociationId", Schema);

        b.CreateTable(Table("feeds"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: true),
            Token = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("feeds")}", x => x.Id));
        b.CreateIndex($"IX_{Table("feeds")}_AssociationId", Table("feeds"), "AssociationId", Schema);
        b.CreateIndex($"IX_{Table("feeds")}_Token", Table("feeds"), "Token", Schema, unique: true);
    }
}
