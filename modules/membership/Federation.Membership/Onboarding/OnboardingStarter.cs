using Microsoft.Extensions.DependencyInjection;
using Federation.Membership.Contracts;
using Federation.Membership.Domain;
using Federation.Membership.Storage;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Onboarding;

/// <summary>
/// A new member starts an onboarding checklist. Members imported long after they joined (the
/// register's history) are not new and get none.
/// </summary>
internal sealed class OnboardingStarter(MembershipDbContext db, OnboardingChecklists checklists, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
    : IIntegrationEventHandler<MemberJoined>
{
    private bool starts;

    /// <summary>
    /// Whether the member is there (not erased) and has no checklist yet, in one query before the transaction: an
    /// import's thousands of members each pass here, and inside it the database's single writer would wait for it. A
    /// checklist added meanwhile (the course tip's handler starts one) collides on the unique index and the message
    /// is retried, finding it. (Not a compiled query: one of those keeps the SQL of the first database it ran on, and
    /// tests run SQLite and PostgreSQL in one process.)
    /// </summary>
    public async Task Prepare(MemberJoined message, CancellationToken cancellationToken)
    {
        var memberId = message.MemberId;
        starts = message.JoinedOn > clock.Today().AddDays(-MemberStatuses.NewForDays)
            && await db.Members.AnyAsync(m => m.Id == memberId && m.ErasedAt == null && !db.Onboarding.Any(t => t.MemberId == memberId), cancellationToken);
    }

    /// <summary>Adds the checklist; the host saves it with the message's claim.</summary>
    public Task Handle(MemberJoined message, CancellationToken cancellationToken)
    {
        if (starts) AddChecklist(message.AssociationId, message.MemberId, message.JoinedOn);
        return Task.CompletedTask;
    }

    /// <summary>Adds the association's checklist to the unit of work (the caller saves).</summary>
    public void AddChecklist(string associationId, Guid memberId, DateOnly joinedOn)
    {
        foreach (var step in checklists.For(associationId, joinedOn.Year))
            db.Onboarding.Add(new OnboardingTask
            {
                Id = Guid.NewGuid(), MemberId = memberId, StepId = step.Id,
                NameSv = step.Name.Sv, NameEn = step.Name.En, DueOn = joinedOn.AddDays(step.DueAfterDays),
            });
    }
}
