using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Board.Storage;

/// <summary>Corrected attendance arrives again with a higher revision; an older one arriving late must not win.</summary>
[DbContext(typeof(BoardDbContext))]
[Migration("20261122000003_Revisions")]
internal sealed class Revisions : ModuleMigration
{
    protected override string ModuleId => BoardDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<int>("Revision", Table("held_activities"), schema: Schema, nullable: false, defaultValue: 1);
        b.AddColumn<int>("Revision", Table("attendances"), schema: Schema, nullable: false, defaultValue: 1);
    }
}
