using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Activities.Storage;

/// <summary>The district's activist network (<c>Network/</c>).</summary>
[DbContext(typeof(ActivitiesDbContext))]
[Migration("20261126000023_ActivistNetwork")]
internal sealed class ActivistNetworkTable : ModuleMigration
{
    protected override string ModuleId => ActivitiesDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("activists"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Account = t.Column<string>(nullable: false),
            Phone = t.Column<string>(nullable: true),
            Kinds = t.Column<string>(nullable: false),
            Area = t.Column<string>(nullable: true),
            JoinedOn = t.Column<DateOnly>(nullable: false),
            UpdatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("activists")}", x => x.Id));
        b.CreateIndex($"IX_{Table("activists")}_AssociationId_Account", Table("activists"), ["AssociationId", "Account"], Schema, unique: true);
    }
}
