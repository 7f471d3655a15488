using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Membership.Storage;

/// <summary>The revision of the attendance an engagement entry reflects; entries so far came from first messages (revision 1).</summary>
[DbContext(typeof(MembershipDbContext))]
[Migration("20261122000006_AttendanceRevision")]
internal sealed class AttendanceRevision : ModuleMigration
{
    protected override string ModuleId => MembershipDbContext.Module;

    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<int>("Revision", Table("engagement"), schema: Schema, nullable: false, defaultValue: 1);
}
