using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>New elected officials' introduction talks with a group leader (<c>Domain/IntroductionTalks.cs</c>).</summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261126000021_IntroductionTalks")]
internal sealed class IntroductionTalksTable : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("introduction_talks"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            BookedFor = t.Column<DateOnly>(nullable: false),
            GroupLeader = t.Column<string>(nullable: false),
            HeldOn = t.Column<DateOnly>(nullable: true),
            UpdatedBy = t.Column<string>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("introduction_talks")}", x => x.Id));
        b.CreateIndex($"IX_{Table("introduction_talks")}_AssociationId_MemberId", Table("introduction_talks"), ["AssociationId", "MemberId"], Schema, unique: true);
    }
}
