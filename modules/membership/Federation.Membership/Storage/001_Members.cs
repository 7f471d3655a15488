using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Membership.Storage;

[DbContext(typeof(MembershipDbContext))]
[Migration("20261122000001_Members")]
internal sealed class Members : ModuleMigration
{
    protected override string ModuleId => MembershipDbContext.Module;

    protected override void Up(MigrationBuilder b)
    {
        CreateMessageTables(b);
        b.CreateTable(Table("members"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberNumber = t.Column<string>(nullable: false),
            FirstName = t.Column<string>(nullable: false),
            LastName = t.Column<string>(nullable: false),
            Email = t.Column<string>(nullable: true),
            JoinedOn = t.Column<DateOnly>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("members")}", x => x.Id));
        b.CreateIndex($"IX_{Table("members")}_AssociationId", Table("members"), "AssociationId", Schema);
        b.CreateIndex($"IX_{Table("members")}_AssociationId_MemberNumber", Table("members"), ["AssociationId", "MemberNumber"], Schema, unique: true);
    }
}
