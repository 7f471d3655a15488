using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Activities.Storage;

/// <summary>
/// Activities' own list of elected officials goes, after board's <c>OneOfficialsList</c> (an earlier id, so it runs
/// first) copied it into the one list activities now reads through <c>IElectedOfficials</c>.
/// </summary>
[DbContext(typeof(ActivitiesDbContext))]
[Migration("20261126000024_DropOfficials")]
internal sealed class DropOfficials : ModuleMigration
{
    protected override string ModuleId => ActivitiesDbContext.Module;

    protected override void Up(MigrationBuilder b) => b.DropTable(Table("officials"), Schema);
}
