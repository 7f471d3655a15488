using Federation.Activities.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Fund;

/// <summary>An erased member's account leaves no name on the fund applications it made or decided, and leaves the activist network.</summary>
internal sealed class AccountErasedHandler(ActivitiesDbContext db) : IIntegrationEventHandler<AccountErased>
{
    public async Task Handle(AccountErased message, CancellationToken ct)
    {
        var (by, pseudonym) = (Actors.Signature(message.Email), message.Pseudonym);
        foreach (var a in await db.FundApplications.Where(a => a.AppliedBy.EndsWith(by)).ToListAsync(ct)) a.AppliedBy = pseudonym;
        foreach (var a in await db.FundApplications.Where(a => a.DecidedBy != null && a.DecidedBy.EndsWith(by)).ToListAsync(ct)) a.DecidedBy = pseudonym;
        // The activist network holds the account itself, not a record of what it did: the entry goes.
        db.Activists.RemoveRange(await db.Activists.Where(a => a.Account.EndsWith(by)).ToListAsync(ct));
    }
}
