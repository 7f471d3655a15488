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
/// <param name="Batched">
/// Whether events raised together (an import's MemberJoined) reach the handler together: each event still gets its
/// own handler and context, but they commit in one transaction, and if one throws they go on one by one. Turn it
/// off for a handler whose <see cref="IIntegrationEventHandler{TEvent}.Prepare"/> acts outside the database
/// (sends a mail): such effects must each be decided, retried and recorded alone.
/// </param>
public sealed record EventHandlerRegistration(Type EventType, Type HandlerType, bool Batched = true)
{
    public static EventHandlerRegistration Handle<TEvent, THandler>(bool batched = true)
        where TEvent : class, IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent> => new(typeof(TEvent), typeof(THandler), batched);
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
