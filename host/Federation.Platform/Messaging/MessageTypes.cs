using System.Text.Json;

namespace Federation.Platform.Messaging;

/// <summary>How an event's type and payload are stored in the outbox and dead-letter list.</summary>
public static class MessageTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) =>
        Type.GetType(name, throwOnError: false)
        ?? throw new InvalidOperationException($"Message type '{name}' is not known to this host.");

    public static object Deserialize(string type, string payload) =>
        JsonSerializer.Deserialize(payload, Resolve(type), Json)
        ?? throw new InvalidOperationException($"Message of type '{type}' has an empty payload.");
}
