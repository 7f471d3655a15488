using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage.Migrations;

/// <summary>Adds each account's language and when a token was last used.</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261122000002_AccountCultureAndTokenUse")]
public sealed class AccountCultureAndTokenUse : ModuleMigration
{
    protected override string ModuleId => PlatformDbContext.Id;

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("PreferredCulture", Table("accounts"), schema: Schema, nullable: true);
        b.AddColumn<DateTime>("LastUsedAt", Table("api_tokens"), schema: Schema, nullable: true);
    }
}
