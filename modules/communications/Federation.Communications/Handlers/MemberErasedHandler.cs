using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Handlers;

/// <summary>
/// An erased member's trace here goes: what was sent to them, their unsubscribes, their place in
/// printed letters' recipient lists. Mailings keep their anonymous counts.
/// </summary>
internal sealed class MemberErasedHandler(CommunicationsDbContext db) : IIntegrationEventHandler<MemberErased>
{
    public async Task Handle(MemberErased message, CancellationToken cancellationToken)
    {
        db.Deliveries.RemoveRange(await db.Deliveries.Where(d => d.MemberId == message.MemberId).ToListAsync(cancellationToken));
        db.Unsubscribes.RemoveRange(await db.Unsubscribes.Where(u => u.MemberId == message.MemberId).ToListAsync(cancellationToken));
        var id = message.MemberId.ToString("N");
        foreach (var letter in await db.Letters.Where(l => l.MemberIds.Contains(id)).ToListAsync(cancellationToken))
            letter.MemberIds = string.Join(',', letter.MemberIds.Split(',').Where(m => m != id));
        foreach (var mailing in await db.Mailings.Where(m => m.SourceKey != null && m.SourceKey.Contains(message.MemberId.ToString())).ToListAsync(cancellationToken))
            mailing.SourceKey = $"erased:{mailing.Id}";
    }
}
