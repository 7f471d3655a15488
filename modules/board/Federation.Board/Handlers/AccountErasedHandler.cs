using Federation.Board.Domain;
using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Handlers;

/// <summary>
/// An erased member's account leaves no name where the board recorded who did something — the plan's history,
/// figures entered, follow-ups, the annual report, reopened minutes, introduction talks; the pseudonym keeps one person's entries one.
/// </summary>
internal sealed class AccountErasedHandler(BoardDbContext db) : IIntegrationEventHandler<AccountErased>
{
    public async Task Handle(AccountErased message, CancellationToken ct)
    {
        var (by, pseudonym) = (Actors.Signature(message.Email), message.Pseudonym);
        foreach (var c in await db.PlanChanges.Where(c => c.By.EndsWith(by)).ToListAsync(ct)) c.By = pseudonym;
        foreach (var e in await db.TargetEntries.Where(e => e.EnteredBy.EndsWith(by)).ToListAsync(ct)) e.EnteredBy = pseudonym;
        foreach (var f in await db.FollowUps.Where(f => f.RecordedBy.EndsWith(by)).ToListAsync(ct)) f.RecordedBy = pseudonym;
        foreach (var r in await db.Set<AnnualReport>().Where(r => r.UpdatedBy.EndsWith(by)).ToListAsync(ct)) r.UpdatedBy = pseudonym;
        foreach (var r in await db.MinutesRevisions.Where(r => r.ChangedBy.EndsWith(by)).ToListAsync(ct)) r.ChangedBy = pseudonym;
        foreach (var t in await db.IntroductionTalks.Where(t => t.UpdatedBy.EndsWith(by)).ToListAsync(ct)) t.UpdatedBy = pseudonym;
        foreach (var r in await db.MentorRequests.Where(r => r.RequestedBy.EndsWith(by)).ToListAsync(ct)) r.RequestedBy = pseudonym;
        foreach (var r in await db.MentorRequests.Where(r => r.DecidedBy != null && r.DecidedBy.EndsWith(by)).ToListAsync(ct)) r.DecidedBy = pseudonym;
    }
}
