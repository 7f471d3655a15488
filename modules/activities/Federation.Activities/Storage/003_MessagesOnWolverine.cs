using Federation.Platform.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Activities.Storage;

/// <summary>Messages travel on Wolverine: the outbox's undelivered events go to the host to be sent again; outbox and inbox go.</summary>
[DbContext(typeof(ActivitiesDbContext))]
[Migration("20261125000003_MessagesOnWolverine")]
internal sealed class MessagesOnWolverine : ModuleMigration
{
    protected override string ModuleId => ActivitiesDbContext.Module;

    protected override void Up(MigrationBuilder b) => RetireMessageTables(b);
}
