using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage.Migrations;

/// <summary>
/// Sign-ins become server-side sessions (so signing out ends them), and API tokens expire and can be
/// revoked. Tokens made before this expire 90 days after the upgrade, so no script stops at once.
/// </summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261126000005_SessionsAndTokenExpiry")]
public sealed class SessionsAndTokenExpiry : ModuleMigration
{
    protected override string ModuleId => PlatformDbContext.Id;

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(Table("sessions"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AccountId = t.Column<Guid>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            EndedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("sessions")}", x => x.Id));
        b.CreateIndex($"IX_{Table("sessions")}_AccountId", Table("sessions"), "AccountId", Schema);
        b.AddColumn<DateTime>("ExpiresAt", Table("api_tokens"), schema: Schema, nullable: false, defaultValue: DateTime.UnixEpoch);
        b.AddColumn<DateTime>("RevokedAt", Table("api_tokens"), schema: Schema, nullable: true);
        b.Sql(IsSqlite
            ? $"UPDATE \"{Table("api_tokens")}\" SET \"ExpiresAt\" = strftime('%Y-%m-%d %H:%M:%f', 'now', '+90 days')"
            : $"UPDATE {Qualified("api_tokens")} SET \"ExpiresAt\" = now() + interval '90 days'");
    }
}
