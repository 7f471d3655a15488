using Federation.Communications.Sending;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Domain;

/// <summary>
/// Unsubscribing: recorded here (every queued delivery to the member on that channel is skipped from
/// now on, whatever the series) and the member's contact preference in the register is turned off.
/// </summary>
internal sealed class Unsubscribes(CommunicationsDbContext db, IServiceProvider services, TimeProvider clock)
{
    public async Task<bool> Stop(UnsubscribeToken token, string source, CancellationToken cancellationToken = default)
    {
        if (token.MemberId == Guid.Empty) return true; // a test send's link
        if (services.GetService<IMemberDirectory>() is { } directory)
            await directory.StopContact(token.MemberId, token.Channel == Channels.Sms ? ContactChannels.Sms : ContactChannels.Email, cancellationToken);
        if (await db.Unsubscribes.AnyAsync(u => u.MemberId == token.MemberId && u.Channel == token.Channel, cancellationToken)) return true;
        db.Unsubscribes.Add(new Unsubscribe
        {
            Id = Guid.NewGuid(), MemberId = token.MemberId, Channel = token.Channel,
            MailingId = token.MailingId == Guid.Empty ? null : token.MailingId, Source = source, At = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
