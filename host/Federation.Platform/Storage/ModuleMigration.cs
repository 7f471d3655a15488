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

    /// <summary>
    /// The module's schema (PostgreSQL) and its outbox and inbox tables, as the first migrations made
    /// them; messages have since moved to Wolverine's tables, and <see cref="RetireMessageTables"/>
    /// (the MessagesOnWolverine migrations) drops these two.
    /// </summary>
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

    /// <summary>
    /// Retires the outbox and inbox of <see cref="CreateMessageTables"/>: events that were committed and
    /// never delivered are copied to the host's <c>undelivered_events</c> table, which the host publishes
    /// again once Wolverine runs; then both tables go. The inbox goes with nothing kept: Wolverine's
    /// messages carry new ids, so its records of what was handled no longer match anything.
    /// </summary>
    protected void RetireMessageTables(MigrationBuilder b)
    {
        CreateUndeliveredEvents(b);
        b.Sql($"""
            INSERT INTO {UndeliveredEvents} ("Type", "Payload", "AssociationId", "CreatedAt")
            SELECT "Type", "Payload", "AssociationId", "CreatedAt" FROM {Qualified("outbox")} WHERE "DeliveredAt" IS NULL ORDER BY "Sequence"
            """);
        b.DropTable(Table("inbox"), Schema);
        b.DropTable(Table("outbox"), Schema);
    }

    /// <summary>The host's landing table for events from the retired outboxes, as SQL names it.</summary>
    protected string UndeliveredEvents => IsSqlite ? "\"platform_undelivered_events\"" : "platform.undelivered_events";

    /// <summary>One of the module's tables, quoted (and schema-qualified on PostgreSQL), for raw SQL.</summary>
    protected string Qualified(string table) => IsSqlite ? $"\"{Table(table)}\"" : $"\"{ModuleId}\".\"{table}\"";

    /// <summary>
    /// Whichever module's migration runs first creates it (the host migrates its own context first,
    /// but a module must not depend on that). <c>Consumer</c>: for an old dead letter, the one consumer
    /// that had not handled it; null means every consumer of the event.
    /// </summary>
    private void CreateUndeliveredEvents(MigrationBuilder b)
    {
        if (IsSqlite)
            b.Sql($"""
                CREATE TABLE IF NOT EXISTS {UndeliveredEvents} (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_platform_undelivered_events" PRIMARY KEY AUTOINCREMENT,
                    "Type" TEXT NOT NULL, "Payload" TEXT NOT NULL, "AssociationId" TEXT NOT NULL,
                    "CreatedAt" TEXT NOT NULL, "Consumer" TEXT NULL)
                """);
        else
        {
            b.Sql("CREATE SCHEMA IF NOT EXISTS platform");
            b.Sql($"""
                CREATE TABLE IF NOT EXISTS {UndeliveredEvents} (
                    "Id" bigint GENERATED BY DEFAULT AS IDENTITY CONSTRAINT "PK_undelivered_events" PRIMARY KEY,
                    "Type" text NOT NULL, "Payload" text NOT NULL, "AssociationId" text NOT NULL,
                    "CreatedAt" timestamp with time zone NOT NULL, "Consumer" text NULL)
                """);
        }
    }
}
