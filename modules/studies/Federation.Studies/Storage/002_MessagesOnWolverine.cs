using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Studies.Storage;

/// <summary>Messages travel on Wolverine: the outbox's undelivered events go to the host to be sent again; outbox and inbox go.</summary>
[DbContext(typeof(StudiesDbContext))]
[Migration("20261125000002_MessagesOnWolverine")]
internal sealed class MessagesOnWolverine : ModuleMigration
{
    protected override string ModuleId => StudiesDbContext.Module;

    protected override void Up(MigrationBuilder b) => RetireMessageTables(b);
}
