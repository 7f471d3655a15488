using System.Text.RegularExpressions;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace Federation.Host.Messaging;

/// <summary>
/// The messages a consumer could not handle after its retries, as Wolverine's message store keeps
/// them. Retrying puts a message back on its consumer's queue under its own id; it takes effect
/// once even if it had been handled meanwhile (the handler's claim).
/// </summary>
public sealed class DeadLetters(IWolverineRuntime runtime)
{
    public async Task<List<DeadLetter>> Pending(CancellationToken cancellationToken = default)
    {
        var page = await runtime.Storage.DeadLetters.QueryAsync(
            new DeadLetterEnvelopeQuery { Replayable = false, PageSize = 500 }, cancellationToken);
        return page.Envelopes.Select(DeadLetter.From).OrderBy(d => d.SentAt).ToList();
    }

    public async Task<bool> Retry(Guid id, CancellationToken cancellationToken = default)
    {
        var letter = await runtime.Storage.DeadLetters.DeadLetterEnvelopeByIdAsync(id);
        if (letter is null || letter.Replayable) return false;
        await runtime.Storage.DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery([id]), cancellationToken);
        return true;
    }
}

/// <summary>A message no handler could handle, as the admin page, the API and the CLI show it.</summary>
public sealed partial record DeadLetter(Guid Id, string Message, string Handler, string? AssociationId, string Error, DateTimeOffset SentAt)
{
    internal static DeadLetter From(DeadLetterEnvelope e) => new(
        e.Id,
        Namespaces().Replace(e.MessageType, ""), // MemberJoined; a batch: EventBatch<MemberJoined>
        MessageQueues.QueueOf(new Uri(e.ReceivedAt)),
        e.Envelope.TenantId,
        $"{e.ExceptionType.Split('.')[^1]}: {e.ExceptionMessage}",
        e.SentAt);

    [GeneratedRegex(@"[\w`]+\.(?=\w)")]
    private static partial Regex Namespaces();
}
