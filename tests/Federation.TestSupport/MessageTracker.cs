using Federation.Host.Messaging;
using MassTransit;

namespace Federation.TestSupport;

/// <summary>
/// Counts what the bus has published against what the handlers' endpoints have finished, so a
/// test can wait until every message — and every message those handlers wrote — has been handled.
/// Each handler has its own endpoint, so one published event is received once per handler of its type.
/// </summary>
public sealed class MessageTracker(HandlerCatalog handlers) : IPublishObserver, IReceiveObserver
{
    private long pending;
    private long version;

    public long Pending => Interlocked.Read(ref pending);

    /// <summary>Changes whenever a message is published or a receive finishes.</summary>
    public long Version => Interlocked.Read(ref version);

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        var receivers = handlers.All.Count(h => h.EventType == typeof(T));
        Interlocked.Add(ref pending, receivers);
        Interlocked.Increment(ref version);
        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context) => Finished();

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Finished();

    private Task Finished()
    {
        Interlocked.Decrement(ref pending);
        Interlocked.Increment(ref version);
        return Task.CompletedTask;
    }

    public async Task WaitIdle(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Pending > 0 && DateTime.UtcNow < deadline) await Task.Delay(10);
    }

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;
    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;
    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;
    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;
}
