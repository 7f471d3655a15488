using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;

namespace Federation.Communications.Handlers;

/// <summary>An erased member's account leaves no name on the mailings, letters and media entries it made, nor in the send audit.</summary>
internal sealed class AccountErasedHandler(CommunicationsDbContext db) : IIntegrationEventHandler<AccountErased>
{
    public async Task Handle(AccountErased message, CancellationToken ct)
    {
        await db.Mailings.Pseudonymise(m => m.CreatedBy, message.Email, message.Pseudonym, ct);
        await db.Audit.Pseudonymise(a => a.Actor, message.Email, message.Pseudonym, ct);
        await db.Media.Pseudonymise(m => m.CreatedBy, message.Email, message.Pseudonym, ct);
        await db.Letters.Pseudonymise(l => l.CreatedBy, message.Email, message.Pseudonym, ct);
    }
}
