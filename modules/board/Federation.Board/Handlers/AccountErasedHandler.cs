using Federation.Board.Domain;
using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;

namespace Federation.Board.Handlers;

/// <summary>
/// An erased member's account leaves no name where the board recorded who did something — the plan's history,
/// figures entered, follow-ups, the annual report, reopened minutes, introduction talks, municipal groups' change logs and briefings; the pseudonym keeps one person's entries one.
/// </summary>
internal sealed class AccountErasedHandler(BoardDbContext db) : IIntegrationEventHandler<AccountErased>
{
    public async Task Handle(AccountErased message, CancellationToken ct)
    {
        await db.PlanChanges.Pseudonymise(c => c.By, message.Email, message.Pseudonym, ct);
        await db.TargetEntries.Pseudonymise(e => e.EnteredBy, message.Email, message.Pseudonym, ct);
        await db.FollowUps.Pseudonymise(f => f.RecordedBy, message.Email, message.Pseudonym, ct);
        await db.Set<AnnualReport>().Pseudonymise(r => r.UpdatedBy, message.Email, message.Pseudonym, ct);
        await db.MinutesRevisions.Pseudonymise(r => r.ChangedBy, message.Email, message.Pseudonym, ct);
        await db.IntroductionTalks.Pseudonymise(t => t.UpdatedBy, message.Email, message.Pseudonym, ct);
        await db.MentorRequests.Pseudonymise(r => r.RequestedBy, message.Email, message.Pseudonym, ct);
        await db.MentorRequests.Pseudonymise(r => r.DecidedBy, message.Email, message.Pseudonym, ct);
        await db.MunicipalGroupChanges.Pseudonymise(c => c.By, message.Email, message.Pseudonym, ct);
        await db.RulesBriefings.Pseudonymise(b => b.RecordedBy, message.Email, message.Pseudonym, ct);
    }
}
