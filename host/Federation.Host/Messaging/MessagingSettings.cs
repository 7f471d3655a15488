namespace Federation.Host.Messaging;

/// <summary>
/// How messages travel between modules: durable local queues in the product's own database by
/// default; RabbitMQ between several host instances on PostgreSQL (<c>Messaging:Transport=rabbitmq</c>).
/// </summary>
public sealed class MessagingSettings
{
    public const string Local = "local";
    public const string RabbitMq = "rabbitmq";

    public string Transport { get; set; } = Local;

    /// <summary>The broker, as an AMQP URI (<c>amqp://user:password@host:5672/vhost</c>).</summary>
    public string RabbitMqUri { get; set; } = "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>Whether the broker must confirm each message before its envelope leaves the outbox table.</summary>
    public bool PublisherConfirms { get; set; } = true;

    /// <summary>How long the broker may take to confirm a transaction's messages before the log says so.</summary>
    public TimeSpan BrokerTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Tries after the first failure before a message becomes a dead letter.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool UsesRabbitMq => Transport.Equals(RabbitMq, StringComparison.OrdinalIgnoreCase);

    /// <summary>Waits between tries: doubling from the minimum, capped at the maximum.</summary>
    public TimeSpan[] RetryIntervals() =>
        Enumerable.Range(0, RetryLimit)
            .Select(i => TimeSpan.FromTicks(Math.Min(RetryMaxInterval.Ticks, RetryMinInterval.Ticks << Math.Min(i, 20))))
            .ToArray();
}
