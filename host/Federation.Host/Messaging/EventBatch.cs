namespace Federation.Host.Messaging;

/// <summary>
/// Several events of one type for one consumer and association, raised by one change (an import of
/// 10,000 members raises 10,000 MemberJoined): carried as one message and handled in one transaction,
/// each event by its own handler and context as if alone. What a message costs is mostly the
/// message — its stored envelope, the broker's round trips, its claim — not the handler's rows.
/// If one event's handler throws, the batch is split: its events go on as messages of their own,
/// retried and dead-lettered one by one (<see cref="SharedCommits"/>).
/// </summary>
public sealed record EventBatch<TEvent>(IReadOnlyList<TEvent> Events) where TEvent : class, IIntegrationEvent;

internal static class EventBatch
{
    public static object Of(Type eventType, IReadOnlyList<IIntegrationEvent> events)
    {
        var typed = Array.CreateInstance(eventType, events.Count);
        for (var i = 0; i < events.Count; i++) typed.SetValue(events[i], i);
        return Activator.CreateInstance(typeof(EventBatch<>).MakeGenericType(eventType), typed)!;
    }
}
