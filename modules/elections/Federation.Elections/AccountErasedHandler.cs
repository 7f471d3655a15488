using Federation.Elections.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;

namespace Federation.Elections;

/// <summary>An erased member's account leaves no name in the election log nor on the nominations it answered for someone.</summary>
internal sealed class AccountErasedHandler(ElectionsDbContext db) : IIntegrationEventHandler<AccountErased>
{
    public async Task Handle(AccountErased message, CancellationToken ct)
    {
        await db.Log.Pseudonymise(e => e.By, message.Email, message.Pseudonym, ct);
        await db.Candidates.Pseudonymise(c => c.AnsweredBy, message.Email, message.Pseudonym, ct);
    }
}
