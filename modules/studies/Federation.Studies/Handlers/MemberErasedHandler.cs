using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Handlers;

/// <summary>
/// Erasure: the member's course tips, sign-ups, attendance, completions and board-role copies go; as a circle
/// participant they stay only as an anonymous row (the birth year keeps a reported circle's ABF count true).
/// </summary>
internal sealed class MemberErasedHandler(StudiesDbContext db) : IIntegrationEventHandler<MemberErased>
{
    public async Task Handle(MemberErased message, CancellationToken cancellationToken)
    {
        var (association, member) = (message.AssociationId, message.MemberId);
        db.CourseSuggestions.RemoveRange(await db.CourseSuggestions.Where(s => s.MemberId == member).ToListAsync(cancellationToken));
        db.SignUps.RemoveRange(await db.SignUps.Where(s => s.MemberId == member).ToListAsync(cancellationToken));
        db.Roles.RemoveRange(await db.Roles.Where(r => r.MemberId == member).ToListAsync(cancellationToken));
        foreach (var participant in await db.Participants.Where(p => p.MemberId == member).ToListAsync(cancellationToken))
        {
            participant.Name = "(raderad)";
            participant.MemberId = null;
        }
        await db.SaveChangesAsync(cancellationToken);
        // Attendance and completions at district courses are the district's rows, naming the member's association:
        // deleted directly (in this handler's transaction), as the row guard only lets an association write its own.
        await db.Attendance.IgnoreQueryFilters().Where(a => a.MemberAssociationId == association && a.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        await db.Completions.IgnoreQueryFilters().Where(c => c.MemberAssociationId == association && c.MemberId == member).ExecuteDeleteAsync(cancellationToken);
    }
}
