using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Membership.Storage;

/// <summary>Each member's version, bumped by every change, so an edit made from an older read is refused instead of reverting the other.</summary>
[DbContext(typeof(MembershipDbContext))]
[Migration("20261126000008_MemberVersion")]
internal sealed class MemberVersion : ModuleMigration
{
    protected override string ModuleId => MembershipDbContext.Module;

    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<int>("Version", Table("members"), schema: Schema, nullable: false, defaultValue: 1);
}
