using Federation.Platform.Modules;

namespace Federation.Host.Messaging;

/// <summary>Which module each event handler belongs to, and the name its inbox records use.</summary>
public sealed class HandlerCatalog
{
    private readonly Dictionary<Type, HandlerInfo> byHandler = new();

    public void Add(string moduleId, Type contextType, EventHandlerRegistration registration) =>
        byHandler[registration.HandlerType] = new HandlerInfo(
            moduleId, contextType, $"{moduleId}.{registration.HandlerType.Name}", registration.EventType, registration.HandlerType);

    public HandlerInfo For(Type handlerType) => byHandler[handlerType];

    public IReadOnlyCollection<HandlerInfo> All => byHandler.Values;
}

public sealed record HandlerInfo(string ModuleId, Type ContextType, string Name, Type EventType, Type HandlerType);
