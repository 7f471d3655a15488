using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage.Migrations;

/// <summary>Who gave or ended which role of whom, and when (the accounts page's history). Starts empty: earlier changes were only in the log.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261126000011_RoleChanges")]
public sealed class RoleChanges : ModuleMigration
{
    protected override string ModuleId => PlatformDbContext.Id;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("role_changes"), schema: Schema, columns: t => new
        {
            Id = Identity(t.Column<long>(nullable: false)),
            Scope = t.Column<string>(nullable: false),
            AccountId = t.Column<Guid>(nullable: false),
            Role = t.Column<string>(nullable: false),
            Given = t.Column<bool>(nullable: false),
            By = t.Column<Guid>(nullable: true),
            At = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("role_changes")}", x => x.Id));
        b.CreateIndex($"IX_{Table("role_changes")}_Scope_At", Table("role_changes"), ["Scope", "At"], Schema);
    }
}
