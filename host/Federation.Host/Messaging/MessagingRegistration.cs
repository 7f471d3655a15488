using Federation.Host.Modules;
using Federation.Platform.Messaging;
using Federation.Platform.Storage;
using JasperFx;
using JasperFx.CodeGeneration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Postgresql;
using Wolverine.RabbitMQ;
using Wolverine.Runtime.Handlers;
using Wolverine.Sqlite;
using Wolverine.Transports;

namespace Federation.Host.Messaging;

/// <summary>
/// Wolverine carries the integration events: envelopes stored in the product's own database
/// (SQLite, or PostgreSQL in the <c>wolverine</c> schema), one durable queue per consumer (local,
/// or RabbitMQ between several instances), retries with back-off, then dead letters.
/// </summary>
public static class MessagingRegistration
{
    public static void AddMessaging(this IServiceCollection services, ModuleCatalog catalog, StorageOptions storage, MessagingSettings settings)
    {
        var consumers = Consumers(services, catalog);
        services.AddSingleton(settings);
        services.AddSingleton(consumers);
        services.AddSingleton<MessageQueues>();
        services.AddSingleton<SharedCommits>();
        services.TryAddSingleton<WolverineOutbox>();
        services.TryAddSingleton<IEventOutbox>(sp => sp.GetRequiredService<WolverineOutbox>());
        services.AddSingleton<DeadLetters>();
        services.AddSingleton<MessagingMetrics>();

        services.AddWolverine(opts =>
        {
            opts.ServiceName = "federation";
            // Every handler is written by hand (IntegrationEventHandler): nothing to generate or compile.
            opts.Discovery.DisableConventionalDiscovery();
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
            opts.Policies.DisableConventionalLocalRouting();
            opts.AutoBuildMessageStorageOnStartup = AutoCreate.CreateOrUpdate;
            if (storage.IsSqlite)
            {
                // One process owns the file: Solo recovers whatever a killed process left behind.
                opts.Durability.Mode = DurabilityMode.Solo;
                opts.PersistMessagesWithSqlite(storage.SqliteConnectionString);
            }
            else
            {
                opts.Durability.Mode = DurabilityMode.Balanced;
                opts.PersistMessagesWithPostgresql(storage.ConnectionString!, "wolverine");
            }

            // A large import queues tens of thousands of messages at once. Past a queue's buffer limit
            // Wolverine leaves the rest to its recovery sweep, which also takes over a dead instance's
            // messages: sweep more at a time (default 100). On PostgreSQL sweep every second, so a
            // takeover catches up fast; on SQLite keep Wolverine's 5 s — each sweep scans the inbox
            // table on the one writer's file, and there recovery is only needed after a restart.
            opts.Durability.RecoveryBatchSize = 1000;
            if (!storage.IsSqlite) opts.Durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(1);

            opts.Policies.OnAnyException().RetryWithCooldown(settings.RetryIntervals()).Then.MoveToErrorQueue();

            foreach (var eventType in consumers.All.Select(c => c.EventType).Distinct())
            {
                opts.AddMessageHandler(eventType,
                    (IMessageHandler)Activator.CreateInstance(typeof(IntegrationEventHandler<>).MakeGenericType(eventType))!);
                opts.AddMessageHandler(typeof(EventBatch<>).MakeGenericType(eventType),
                    (IMessageHandler)Activator.CreateInstance(typeof(EventBatchHandler<>).MakeGenericType(eventType))!);
            }

            if (settings.UsesRabbitMq)
            {
                opts.UseRabbitMq(new Uri(settings.RabbitMqUri))
                    .AutoProvision()
                    .ConfigureChannelCreation(c =>
                    {
                        // The broker confirms each message before it leaves the outbox table.
                        c.PublisherConfirmationsEnabled = settings.PublisherConfirms;
                        c.PublisherConfirmationTrackingEnabled = settings.PublisherConfirms;
                    });
                foreach (var consumer in consumers.All)
                    opts.ListenToRabbitQueue(consumer.Queue).UseDurableInbox(QueueBuffer).MaximumParallelMessages(ParallelMessages);
                opts.Policies.UseDurableOutboxOnAllSendingEndpoints();
            }
            else
            {
                foreach (var consumer in consumers.All)
                    opts.LocalQueue(consumer.Queue).UseDurableInbox(QueueBuffer).MaximumParallelMessages(ParallelMessages);
            }
        });
        // After Wolverine's own hosted service: these start once the message store and queues run.
        if (storage.IsSqlite) services.AddHostedService<SoloStartRecovery>();
        services.AddHostedService<UndeliveredEventsRepublisher>();
    }

    /// <summary>Messages a consumer's queue holds in memory before it pauses (Wolverine's default: 1,000).</summary>
    private static readonly BufferingLimits QueueBuffer = new(50_000, 25_000);

    /// <summary>
    /// Messages a consumer handles at once (Wolverine's default: 5). Most wait for a shared commit
    /// (<see cref="SharedCommits"/>), so this is how many one transaction can take.
    /// </summary>
    private const int ParallelMessages = 50;

    private static HandlerCatalog Consumers(IServiceCollection services, ModuleCatalog catalog)
    {
        var contexts = services.Where(d => d.ServiceType == typeof(ModuleDbContextRegistration))
            .Select(d => (ModuleDbContextRegistration)d.ImplementationInstance!)
            .ToDictionary(r => r.ModuleId, r => r.ContextType);
        var consumers = new HandlerCatalog();
        foreach (var module in catalog.Modules)
        foreach (var registration in module.Manifest.Consumes)
        {
            if (!contexts.TryGetValue(module.Manifest.Id, out var context))
                throw new InvalidOperationException(
                    $"Module '{module.Manifest.Id}' consumes {registration.EventType.Name} but has no DbContext to handle it in.");
            consumers.Add(module.Manifest.Id, context, registration);
            services.TryAddScoped(registration.HandlerType);
        }
        return consumers;
    }
}
