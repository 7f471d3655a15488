using Federation.Platform.Modules;

namespace Federation.Host.Messaging;

/// <summary>
/// Every consumer of an integration event: which module's handler, through which queue. Each
/// (handler, event) pair has a queue of its own, so one module's failing or slow handler never
/// holds up another's, and each is retried, dead-lettered and de-duplicated on its own.
/// </summary>
public sealed class HandlerCatalog
{
    private readonly Dictionary<(Type Handler, Type Event), HandlerInfo> byHandler = new();
    private readonly Dictionary<string, HandlerInfo> byQueue = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Type, HandlerInfo[]> byEvent = new();

    public void Add(string moduleId, Type contextType, EventHandlerRegistration registration)
    {
        var key = (registration.HandlerType, registration.EventType);
        if (byHandler.ContainsKey(key))
            throw new InvalidOperationException($"Module '{moduleId}' registers {registration.HandlerType.Name} for {registration.EventType.Name} twice.");
        var info = new HandlerInfo(moduleId, contextType,
            $"{moduleId}.{registration.HandlerType.Name}.{registration.EventType.Name}".ToLowerInvariant(),
            registration.EventType, registration.HandlerType, registration.Batched);
        byHandler[key] = info;
        byQueue[info.Queue] = info;
        byEvent[info.EventType] = [.. ConsumersOf(info.EventType), info];
    }

    public IReadOnlyCollection<HandlerInfo> All => byHandler.Values;

    public IReadOnlyList<HandlerInfo> ConsumersOf(Type eventType) => byEvent.GetValueOrDefault(eventType, []);

    /// <summary>The consumer a queue feeds; a queue is named after its consumer (Uri hosts are lower case).</summary>
    public HandlerInfo ForQueue(string queue) =>
        byQueue.GetValueOrDefault(queue) ?? throw new InvalidOperationException($"No consumer reads the queue '{queue}'.");
}

/// <param name="Queue">The queue's name, which is also the consumer's name in dead letters and logs.</param>
public sealed record HandlerInfo(string ModuleId, Type ContextType, string Queue, Type EventType, Type HandlerType, bool Batched = true);
