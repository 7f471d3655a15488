using Federation.Communications.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Communications.Domain;

/// <summary>
/// Once a minute, in every association that enabled communications: scheduled newsletters whose time
/// has come are sent, and reminders for tomorrow's activities go out. Both are safe to run twice.
/// </summary>
internal sealed class DueWork(IServiceProvider services, IAssociationDirectory associations, ILogger<DueWork> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunOnce(stoppingToken);
    }

    public async Task RunOnce(CancellationToken cancellationToken = default)
    {
        foreach (var association in associations.All.Where(a => a.Enables(CommunicationsDbContext.Module)))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
                await SendScheduled(scope.ServiceProvider, cancellationToken);
                await scope.ServiceProvider.GetRequiredService<Reminders>().SendDue(cancellationToken);
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
