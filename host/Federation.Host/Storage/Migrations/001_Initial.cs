using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage.Migrations;

[DbContext(typeof(PlatformDbContext))]
[Migration("20261122000001_Initial")]
public sealed class Initial : ModuleMigration
{
    protected override string ModuleId => PlatformDbContext.Id;

    protected override void Up(MigrationBuilder b)
    {
        CreateMessageTables(b);
        b.CreateTable(Table("accounts"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Email = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            PasswordHash = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("accounts")}", x => x.Id));
        b.CreateIndex($"IX_{Table("accounts")}_Email", Table("accounts"), "Email", Schema, unique: true);

        b.CreateTable(Table("account_roles"), schema: Schema, columns: t => new
        {
            Id = Identity(t.Column<long>(nullable: false)),
            AccountId = t.Column<Guid>(nullable: false),
            Scope = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{Table("account_roles")}", x => x.Id);
            t.ForeignKey($"FK_{Table("account_roles")}_accounts", x => x.AccountId, Table("accounts"), "Id", Schema, onDelete: ReferentialAction.Cascade);
        });
        b.CreateIndex($"IX_{Table("account_roles")}_AccountId_Scope_Role", Table("account_roles"), ["AccountId", "Scope", "Role"], Schema, unique: true);

        b.CreateTable(Table("api_tokens"), schema: Schema, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            AccountId = t.Column<Guid>(nullable: false),
            Hash = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("api_tokens")}", x => x.Id));
        b.CreateIndex($"IX_{Table("api_tokens")}_Hash", Table("api_tokens"), "Hash", Schema, unique: true);

        b.CreateTable(Table("dead_letters"), schema: Schema, columns: t => new
        {
            Id = Identity(t.Column<long>(nullable: false)),
            MessageId = t.Column<Guid>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Payload = t.Column<string>(nullable: false),
            Handler = t.Column<string>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            Error = t.Column<string>(nullable: false),
            FailedAt = t.Column<DateTime>(nullable: false),
            RetriedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("dead_letters")}", x => x.Id));
    }
}
