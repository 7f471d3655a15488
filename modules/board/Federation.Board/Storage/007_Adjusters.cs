using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>The adjusters (justerare) a meeting elects, each approving the minutes when signed in; the meeting's chair by name.</summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261126000007_Adjusters")]
internal sealed class Adjusters : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Chair", Table("meetings"), schema: Schema, nullable: true);
        b.CreateTable(Table("adjusters"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Email = t.Column<string>(nullable: false),
            ApprovedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("adjusters")}", x => x.Id));
        b.CreateIndex($"IX_{Table("adjusters")}_AssociationId", Table("adjusters"), "AssociationId", Schema);
        b.CreateIndex($"IX_{Table("adjusters")}_MeetingId", Table("adjusters"), "MeetingId", Schema);
    }
}
