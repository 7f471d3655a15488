namespace Federation.Host.Messaging;

/// <summary>How messages travel: in-process by default, RabbitMQ when the district runs several instances.</summary>
public sealed class MessagingSettings
{
    public string Transport { get; set; } = "inmemory";

    public string RabbitMqHost { get; set; } = "rabbitmq://127.0.0.1/";

    /// <summary>Redeliveries after the first failure before a message is dead-lettered.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When the first sweep runs after start-up. It builds every module's model, which would
    /// compete with the first requests; a message committed meanwhile wakes the dispatcher at once,
    /// so only leftovers from before a restart wait this long.
    /// </summary>
    public TimeSpan FirstSweepDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the outbox is swept for anything a signal missed (e.g. after a crash).</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
