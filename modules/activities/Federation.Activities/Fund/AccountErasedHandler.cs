using Federation.Activities.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Fund;

/// <summary>An erased member's account leaves no name on the fund applications it made or decided, and leaves the activist network.</summary>
internal sealed class AccountErasedHandler(ActivitiesDbContext db) : IIntegrationEventHandler<AccountErased>
{
    public async Task Handle(AccountErased message, CancellationToken ct)
    {
        await db.FundApplications.Pseudonymise(a => a.AppliedBy, message.Email, message.Pseudonym, ct);
        await db.FundApplications.Pseudonymise(a => a.DecidedBy, message.Email, message.Pseudonym, ct);
        // The activist network holds the account itself, not a record of what it did: the entry goes.
        var signature = Actors.Signature(message.Email);
        db.Activists.RemoveRange(await db.Activists.Where(a => a.Account.EndsWith(signature)).ToListAsync(ct));
    }
}
