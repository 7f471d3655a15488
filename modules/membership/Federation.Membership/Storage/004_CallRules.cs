using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Membership.Storage;

/// <summary>A call assignment's done rule (attempts before giving up) and the handling of calls that need an officer.</summary>
[DbContext(typeof(MembershipDbContext))]
[Migration("20261122000004_CallRules")]
internal sealed class CallRules : ModuleMigration
{
    protected override string ModuleId => MembershipDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        // Existing assignments keep trying (0), as they did before the rule existed.
        b.AddColumn<int>("MaxAttempts", Table("call_assignments"), schema: Schema, nullable: false, defaultValue: 0);
        b.AddColumn<DateTime>("HandledAt", Table("calls"), schema: Schema, nullable: true);
        b.AddColumn<string>("HandledBy", Table("calls"), schema: Schema, nullable: true);
    }
}
