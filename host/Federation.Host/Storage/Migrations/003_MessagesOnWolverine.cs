using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Host.Storage.Migrations;

/// <summary>
/// Messages travel on Wolverine: the host's outbox and inbox go as every module's do, and so does the
/// old dead-letter list (Wolverine keeps its own). Dead letters nobody retried land in
/// <c>undelivered_events</c> with the consumer that failed them, which gets them again at the next
/// start — what a retry on <c>/admin</c> would have done; one that fails again is a Wolverine dead letter.
/// </summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261125000003_MessagesOnWolverine")]
public sealed class MessagesOnWolverine : ModuleMigration
{
    protected override string ModuleId => PlatformDbContext.Id;

    protected override void Up(MigrationBuilder b)
    {
        RetireMessageTables(b);
        b.Sql($"""
            INSERT INTO {UndeliveredEvents} ("Type", "Payload", "AssociationId", "CreatedAt", "Consumer")
            SELECT "Type", "Payload", "AssociationId", "FailedAt", "Handler" FROM {Qualified("dead_letters")} WHERE "RetriedAt" IS NULL ORDER BY "Id"
            """);
        b.DropTable(Table("dead_letters"), Schema);
    }
}
