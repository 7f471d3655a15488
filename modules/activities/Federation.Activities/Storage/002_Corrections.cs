using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Activities.Storage;

/// <summary>
/// Attendance corrections carry a revision; priority areas carry their postal codes; an association
/// holds at most one copy of another's activity (district days are caught up on read).
/// </summary>
[DbContext(typeof(ActivitiesDbContext))]
[Migration("20261122000002_Corrections")]
internal sealed class Corrections : ModuleMigration
{
    protected override string ModuleId => ActivitiesDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<int>("AttendanceRevision", Table("activities"), schema: Schema, nullable: false, defaultValue: 0);
        b.AddColumn<string>("PostalCodes", Table("priority_areas"), schema: Schema, nullable: true);
        b.CreateIndex($"IX_{Table("activities")}_AssociationId_SourceActivityId", Table("activities"), ["AssociationId", "SourceActivityId"], Schema, unique: true);
    }
}
