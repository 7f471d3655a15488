using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Activities.Storage;

/// <summary>An activity may carry a tag of the association's plan (Solna's "medlemsdagar i Syninge"), see <c>Views/PlanTags.cs</c>.</summary>
[DbContext(typeof(ActivitiesDbContext))]
[Migration("20261126000020_ActivityTags")]
internal sealed class ActivityTags : ModuleMigration
{
    protected override string ModuleId => ActivitiesDbContext.Module;

    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<string>("Tag", Table("activities"), schema: Schema, nullable: true);
}
