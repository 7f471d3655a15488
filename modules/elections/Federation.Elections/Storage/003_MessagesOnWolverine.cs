using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Elections.Storage;

/// <summary>Messages travel on Wolverine: the outbox's undelivered events go to the host to be sent again; outbox and inbox go.</summary>
[DbContext(typeof(ElectionsDbContext))]
[Migration("20261125000003_MessagesOnWolverine")]
internal sealed class MessagesOnWolverine : ModuleMigration
{
    protected override string ModuleId => ElectionsDbContext.Module;

    protected override void Up(MigrationBuilder b) => RetireMessageTables(b);
}
