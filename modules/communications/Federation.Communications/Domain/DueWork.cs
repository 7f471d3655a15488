using Federation.Communications.Sending;
using Federation.Communications.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Communications.Domain;

/// <summary>
/// Every minute (<c>Communications:DueEvery</c>), in every association that enabled communications, with nobody
/// present: scheduled newsletters whose time has come are sent, reminders for tomorrow's activities go out, and
/// the drafts of series issues due within a week are made; and the mailto's mailbox is read for unsubscribes.
/// All are safe to run twice, and after a restart.
/// </summary>
internal sealed class DueWork(IServiceProvider services, IAssociationDirectory associations, IOptions<CommunicationsSettings> settings, ILogger<DueWork> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.DueEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunOnce(stoppingToken);
    }

    public async Task RunOnce(CancellationToken cancellationToken = default)
    {
        try { await services.GetRequiredService<UnsubscribeMailbox>().Poll(cancellationToken); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Reading the unsubscribe mailbox failed; it is tried again in a minute");
        }
        foreach (var association in associations.All.Where(a => a.Enables(CommunicationsDbContext.Module)))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
                await SendScheduled(scope.ServiceProvider, cancellationToken);
                await scope.ServiceProvider.GetRequiredService<Reminders>().SendDue(cancellationToken);
                await scope.ServiceProvider.GetRequiredService<SeriesSchedule>().MakeDrafts(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Scheduled communications for {Association} failed; they are tried again in a minute", association.Id);
            }
        }
    }

    private static async Task SendScheduled(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<CommunicationsDbContext>();
        var now = scope.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = await db.Mailings.AsNoTracking().Where(m => m.Status == MailingStatuses.Scheduled && m.ScheduledFor <= now)
            .Select(m => m.Id).ToListAsync(cancellationToken);
        foreach (var id in due) await scope.GetRequiredService<Newsletters>().Send(id, cancellationToken);
    }
}
