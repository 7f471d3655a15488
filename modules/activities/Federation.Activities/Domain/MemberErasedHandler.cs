using Federation.Activities.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Domain;

/// <summary>
/// Erasure: the member's sign-ups and personal feed go; the activities keep their
/// anonymous attendance counts (recorded on the activity when it was held).
/// </summary>
internal sealed class MemberErasedHandler(ActivitiesDbContext db) : IIntegrationEventHandler<MemberErased>
{
    public async Task Handle(MemberErased message, CancellationToken cancellationToken)
    {
        db.SignUps.RemoveRange(await db.SignUps.Where(s => s.MemberId == message.MemberId).ToListAsync(cancellationToken));
        db.FeedTokens.RemoveRange(await db.FeedTokens.Where(f => f.MemberId == message.MemberId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }
}
