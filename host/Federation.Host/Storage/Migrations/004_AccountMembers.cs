using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage.Migrations;

/// <summary>
/// Links accounts to members explicitly. Nothing is carried over from the email matching used before:
/// a household's shared address made that match the wrong person, so links are made anew by an admin.
/// </summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261126000004_AccountMembers")]
public sealed class AccountMembers : ModuleMigration
{
    protected override string ModuleId => PlatformDbContext.Id;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("account_members"), schema: Schema, columns: t => new
        {
            AccountId = t.Column<Guid>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            MemberId = t.Column<Guid>(nullable: false),
            LinkedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("account_members")}", x => new { x.AccountId, x.AssociationId }));
        b.CreateIndex($"IX_{Table("account_members")}_AssociationId_MemberId", Table("account_members"),
            ["AssociationId", "MemberId"], Schema, unique: true);
    }
}
