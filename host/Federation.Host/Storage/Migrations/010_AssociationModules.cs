using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage.Migrations;

/// <summary>The modules each association uses, as the district admin set them (empty: config/federation.json decides).</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261126000010_AssociationModules")]
public sealed class AssociationModules : ModuleMigration
{
    protected override string ModuleId => PlatformDbContext.Id;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("association_modules"), schema: Schema, columns: t => new
        {
            AssociationId = t.Column<string>(nullable: false),
            ModuleId = t.Column<string>(nullable: false),
            Enabled = t.Column<bool>(nullable: false),
            ChangedBy = t.Column<Guid>(nullable: false),
            ChangedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("association_modules")}", x => new { x.AssociationId, x.ModuleId }));
    }
}
