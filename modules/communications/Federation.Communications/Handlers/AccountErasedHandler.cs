using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Handlers;

/// <summary>An erased member's account leaves no name on the mailings, letters and media entries it made, nor in the send audit.</summary>
internal sealed class AccountErasedHandler(CommunicationsDbContext db) : IIntegrationEventHandler<AccountErased>
{
    public async Task Handle(AccountErased message, CancellationToken ct)
    {
        var (by, pseudonym) = (Actors.Signature(message.Email), message.Pseudonym);
        foreach (var m in await db.Mailings.Where(m => m.CreatedBy.EndsWith(by)).ToListAsync(ct)) m.CreatedBy = pseudonym;
        foreach (var a in await db.Audit.Where(a => a.Actor.EndsWith(by)).ToListAsync(ct)) a.Actor = pseudonym;
        foreach (var m in await db.Media.Where(m => m.CreatedBy.EndsWith(by)).ToListAsync(ct)) m.CreatedBy = pseudonym;
        foreach (var l in await db.Letters.Where(l => l.CreatedBy.EndsWith(by)).ToListAsync(ct)) l.CreatedBy = pseudonym;
    }
}
