using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Elections.Storage;

[DbContext(typeof(ElectionsDbContext))]
[Migration("20261122000001_Elections")]
internal sealed class Elections : ModuleMigration
{
    protected override string ModuleId => ElectionsDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        CreateMessageTables(b);
        b.CreateTable(Table("meetings"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            HeldOn = t.Column<DateOnly>(nullable: false),
            NominationDeadline = t.Column<DateTime>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("meetings")}", x => x.Id));
        Index("meetings", "AssociationId");

        b.CreateTable(Table("elections"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Position = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Seats = t.Column<int>(nullable: false),
            Method = t.Column<string>(nullable: false),
            GenderRule = t.Column<string>(nullable: false),
            Status = t.Column<string>(nullable: false),
            VotingMode = t.Column<string>(nullable: true),
            TermFrom = t.Column<DateOnly>(nullable: true),
            TermUntil = t.Column<DateOnly>(nullable: true),
            CodesIssued = t.Column<int>(nullable: false),
            Seed = t.Column<string>(nullable: true),
            OutcomeJson = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
            ConcludedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("elections")}", x => x.Id));
        Index("elections", "AssociationId");
        Index("elections", "MeetingId");

        b.CreateTable(Table("candidates"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            ElectionId = t.Column<Guid>(nullable: false),
            MemberId = t.Column<Guid>(nullable: true),
            Name = t.Column<string>(nullable: false),
            Gender = t.Column<string>(nullable: false),
            Source = t.Column<string>(nullable: false),
            Motivation = t.Column<string>(nullable: true),
            Presentation = t.Column<string>(nullable: true),
            Answer = t.Column<string>(nullable: false),
            ProposalRank = t.Column<int>(nullable: true),
            BallotNumber = t.Column<int>(nullable: true),
            NominatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("candidates")}", x => x.Id));
        Index("candidates", "AssociationId");
        Index("candidates", "ElectionId");

        b.CreateTable(Table("ballot_codes"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            ElectionId = t.Column<Guid>(nullable: false),
            CodeHash = t.Column<string>(nullable: false),
            Used = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("ballot_codes")}", x => x.Id));
        Index("ballot_codes", "AssociationId");
        b.CreateIndex($"IX_{Table("ballot_codes")}_ElectionId_CodeHash", Table("ballot_codes"), ["ElectionId", "CodeHash"], Schema, unique: true);

        b.CreateTable(Table("secret_ballots"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            ElectionId = t.Column<Guid>(nullable: false),
            Preferences = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("secret_ballots")}", x => x.Id));
        Index("secret_ballots", "AssociationId");
        Index("secret_ballots", "ElectionId");

        b.CreateTable(Table("paper_ballots"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            ElectionId = t.Column<Guid>(nullable: false),
            Teller = t.Column<string>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Preferences = t.Column<string>(nullable: false),
            Invalid = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("paper_ballots")}", x => x.Id));
        Index("paper_ballots", "AssociationId");
        b.CreateIndex($"IX_{Table("paper_ballots")}_ElectionId_Teller_Number", Table("paper_ballots"), ["ElectionId", "Teller", "Number"], Schema, unique: true);

        void Index(string table, string column) =>
            b.CreateIndex($"IX_{Table(table)}_{column}", Table(table), column, Schema);
    }
}
