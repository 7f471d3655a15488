using Federation.Platform.Tenancy;

namespace Federation.Platform.Modules;

/// <summary>What a module is: its id, its names, the events it consumes and its menu entries.</summary>
public sealed record ModuleManifest(
    string Id,
    LocalizedText Name,
    IReadOnlyList<EventHandlerRegistration> Consumes,
    IReadOnlyList<MenuEntry> Menu);

/// <summary>A menu entry, relative to <c>/a/{association}/</c>.</summary>
public sealed record MenuEntry(string Path, LocalizedText Text, AssociationRole MinimumRole = AssociationRole.Member);

/// <summary>One consumed integration event and the handler that handles it.</summary>
public sealed record EventHandlerRegistration(Type EventType, Type HandlerType)
{
    public static EventHandlerRegistration Handle<TEvent, THandler>()
        where TEvent : class, IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent> => new(typeof(TEvent), typeof(THandler));
}

/// <summary>
/// Handles an integration event inside the consuming module. It runs in the event's
/// association, in one transaction with the inbox record that makes it run once.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    /// <summary>
    /// Runs on the same handler instance before the transaction opens, on every delivery: the place to
    /// read another module's contracts whose reads write (membership logs each read). On SQLite the
    /// handler's transaction holds the file's one writer, so such a read inside it would wait for itself.
    /// </summary>
    Task Prepare(TEvent message, CancellationToken cancellationToken) => Task.CompletedTask;

    Task Handle(TEvent message, CancellationToken cancellationToken);
}
