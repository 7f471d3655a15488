using Federation.Host.Storage;
using Federation.Platform.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Messaging;

/// <summary>
/// The messages no handler could handle. Retrying republishes the message under its original
/// id: handlers that already handled it skip it (inbox), the failed one gets another go.
/// </summary>
public sealed class DeadLetters(PlatformDbContext db, IPublishEndpoint bus)
{
    public Task<List<DeadLetter>> Pending(CancellationToken cancellationToken = default) =>
        db.DeadLetters.Where(d => d.RetriedAt == null).OrderBy(d => d.Id).ToListAsync(cancellationToken);

    public async Task<bool> Retry(long id, CancellationToken cancellationToken = default)
    {
        var letter = await db.DeadLetters.SingleOrDefaultAsync(d => d.Id == id && d.RetriedAt == null, cancellationToken);
        if (letter is null) return false;
        var message = MessageTypes.Deserialize(letter.Type, letter.Payload);
        await bus.Publish(message, message.GetType(), ctx => ctx.MessageId = letter.MessageId, cancellationToken);
        letter.RetriedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
