using Federation.Elections.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections;

/// <summary>An erased member's account leaves no name in the election log nor on the nominations it answered for someone.</summary>
internal sealed class AccountErasedHandler(ElectionsDbContext db) : IIntegrationEventHandler<AccountErased>
{
    public async Task Handle(AccountErased message, CancellationToken ct)
    {
        var (by, pseudonym) = (Actors.Signature(message.Email), message.Pseudonym);
        foreach (var e in await db.Log.Where(e => e.By.EndsWith(by)).ToListAsync(ct)) e.By = pseudonym;
        foreach (var c in await db.Candidates.Where(c => c.AnsweredBy != null && c.AnsweredBy.EndsWith(by)).ToListAsync(ct)) c.AnsweredBy = pseudonym;
    }
}
