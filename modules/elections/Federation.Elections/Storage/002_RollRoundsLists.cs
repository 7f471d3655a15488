using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Elections.Storage;

/// <summary>The voting roll and who received a code, the meeting's log, linked re-vote rounds,
/// answers recorded with who recorded them, and votes per list for seat allocations.</summary>
[DbContext(typeof(ElectionsDbContext))]
[Migration("20261122000002_RollRoundsLists")]
internal sealed class RollRoundsLists : ModuleMigration
{
    protected override string ModuleId => ElectionsDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<Guid>("FirstRoundId", Table("elections"), schema: Schema, nullable: true);
        b.AddColumn<string>("AnsweredBy", Table("candidates"), schema: Schema, nullable: true);
        b.AddColumn<DateTime>("AnsweredAt", Table("candidates"), schema: Schema, nullable: true);
        b.AddColumn<long>("Votes", Table("candidates"), schema: Schema, nullable: true);

        b.CreateTable(Table("voters"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: true),
            Name = t.Column<string>(nullable: false),
            Present = t.Column<bool>(nullable: false),
            AddedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("voters")}", x => x.Id));
        Index("voters", "AssociationId");
        Index("voters", "MeetingId");

        b.CreateTable(Table("code_issues"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            ElectionId = t.Column<Guid>(nullable: false),
            VoterId = t.Column<Guid>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("code_issues")}", x => x.Id));
        Index("code_issues", "AssociationId");
        b.CreateIndex($"IX_{Table("code_issues")}_ElectionId_VoterId", Table("code_issues"), ["ElectionId", "VoterId"], Schema, unique: true);

        b.CreateTable(Table("log"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            ElectionId = t.Column<Guid>(nullable: true),
            At = t.Column<DateTime>(nullable: false),
            By = t.Column<string>(nullable: false),
            Text = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("log")}", x => x.Id));
        Index("log", "AssociationId");
        Index("log", "MeetingId");

        void Index(string table, string column) =>
            b.CreateIndex($"IX_{Table(table)}_{column}", Table(table), column, Schema);
    }
}
