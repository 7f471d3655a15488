using Federation.Platform.Modules;

namespace Federation.Host.Messaging;

/// <summary>Which module each event handler belongs to, and the name its inbox records use.</summary>
public sealed class HandlerCatalog
{
    private readonly Dictionary<(Type Handler, Type Event), HandlerInfo> byHandler = new();

    /// <summary>One class may handle several events; each pair is its own consumer and inbox name.</summary>
    public void Add(string moduleId, Type contextType, EventHandlerRegistration registration)
    {
        var key = (registration.HandlerType, registration.EventType);
        if (byHandler.ContainsKey(key))
            throw new InvalidOperationException($"Module '{moduleId}' registers {registration.HandlerType.Name} for {registration.EventType.Name} twice.");
        byHandler[key] = new HandlerInfo(moduleId, contextType,
            $"{moduleId}.{registration.HandlerType.Name}.{registration.EventType.Name}", registration.EventType, registration.HandlerType);
    }

    public HandlerInfo For(Type handlerType, Type eventType) => byHandler[(handlerType, eventType)];

    public IReadOnlyCollection<HandlerInfo> All => byHandler.Values;
}

public sealed record HandlerInfo(string ModuleId, Type ContextType, string Name, Type EventType, Type HandlerType);
