using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Communications.Storage;

/// <summary>A printed letter keeps the "på gång" block as it was when the run was made, like a newsletter does.</summary>
[DbContext(typeof(CommunicationsDbContext))]
[Migration("20261126000002_LetterActivities")]
internal sealed class LetterActivities : ModuleMigration
{
    protected override string ModuleId => CommunicationsDbContext.Module;

    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<string>("ActivitiesBlock", Table("letters"), schema: Schema, nullable: true);
}
