using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Federation.Platform.Storage;

/// <summary>
/// The base of a module's hand-written migrations (design-time scaffolding cannot be restored
/// here). It names tables the way <see cref="ModuleDbContext"/> does: prefixed in SQLite, in the
/// module's schema in PostgreSQL. Columns leave their store type to the provider.
/// </summary>
public abstract class ModuleMigration : Migration
{
    protected abstract string ModuleId { get; }

    protected bool IsSqlite => ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";

    protected string? Schema => IsSqlite ? null : ModuleId;

    protected string Table(string name) => IsSqlite ? $"{ModuleId}_{name}" : name;

    /// <summary>Annotations for an auto-incrementing key on either provider.</summary>
    protected static OperationBuilder<AddColumnOperation> Identity(OperationBuilder<AddColumnOperation> column) =>
        column.Annotation("Sqlite:Autoincrement", true)
              .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    /// <summary>The module's schema (PostgreSQL) and its outbox and inbox tables.</summary>
    protected void CreateMessageTables(MigrationBuilder b)
    {
        if (!IsSqlite) b.EnsureSchema(ModuleId);
        b.CreateTable(Table("outbox"), schema: Schema, columns: t => new
        {
            Sequence = Identity(t.Column<long>(nullable: false)),
            MessageId = t.Column<Guid>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Payload = t.Column<string>(nullable: false),
            AssociationId = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTime>(nullable: false),
            DeliveredAt = t.Column<DateTime>(nullable: true),
            Attempts = t.Column<int>(nullable: false),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey($"PK_{Table("outbox")}", x => x.Sequence));
        b.CreateIndex($"IX_{Table("outbox")}_MessageId", Table("outbox"), "MessageId", Schema, unique: true);
        b.CreateIndex($"IX_{Table("outbox")}_DeliveredAt", Table("outbox"), "DeliveredAt", Schema);
        b.CreateTable(Table("inbox"), schema: Schema, columns: t => new
        {
            MessageId = t.Column<Guid>(nullable: false),
            Handler = t.Column<string>(nullable: false),
            HandledAt = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{Table("inbox")}", x => new { x.MessageId, x.Handler }));
    }
}
