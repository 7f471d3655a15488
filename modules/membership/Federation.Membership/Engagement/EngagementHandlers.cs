using Federation.Activities.Contracts;
using Federation.Board.Contracts;
using Federation.Membership.Storage;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Engagement;

/// <summary>
/// Activities attended, from the activities module. A correction arrives as a higher revision of the same
/// member's mark; one older than the mark held is ignored, so a retried first message cannot undo a
/// correction. Course completions will come from studies once it publishes them.
/// </summary>
internal sealed class AttendanceHistory(MembershipDbContext db) : IIntegrationEventHandler<AttendanceRecorded>
{
    public async Task Handle(AttendanceRecorded message, CancellationToken cancellationToken)
    {
        var mark = await db.Engagement.SingleOrDefaultAsync(e => (e.Kind == EngagementEntry.Activity || e.Kind == EngagementEntry.ActivityMissed)
            && e.SourceId == message.ActivityId && e.MemberId == message.MemberId, cancellationToken);
        if (mark is not null && mark.Revision > message.Revision) return;
        if (mark is null)
        {
            mark = new EngagementEntry { Id = Guid.NewGuid(), MemberId = message.MemberId, Kind = "", Detail = "", SourceId = message.ActivityId };
            db.Engagement.Add(mark);
        }
        mark.Kind = message.Outcome == AttendanceOutcome.Attended ? EngagementEntry.Activity : EngagementEntry.ActivityMissed;
        mark.Detail = message.Type;
        mark.From = message.Date;
        mark.Revision = message.Revision;
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Board roles held, from the board module. (One class per event: the host keys handlers by type.)</summary>
internal sealed class BoardRoleHistory(MembershipDbContext db) : IIntegrationEventHandler<BoardRoleAssigned>
{
    public async Task Handle(BoardRoleAssigned message, CancellationToken cancellationToken)
    {
        if (await db.Engagement.AnyAsync(e => e.Kind == EngagementEntry.BoardRole && e.MemberId == message.MemberId
                && e.Detail == message.Role && e.From == message.From, cancellationToken)) return;
        // The end may have arrived first (messages are not ordered across handlers).
        var earlyEnd = await db.Engagement.Where(e => e.Kind == EngagementEntry.BoardRoleEnd && e.MemberId == message.MemberId
            && e.Detail == message.Role && e.From >= message.From).OrderBy(e => e.From).FirstOrDefaultAsync(cancellationToken);
        if (earlyEnd is not null) db.Engagement.Remove(earlyEnd);
        db.Engagement.Add(new EngagementEntry
        {
            Id = Guid.NewGuid(), MemberId = message.MemberId, Kind = EngagementEntry.BoardRole,
            Detail = message.Role, From = message.From, Until = earlyEnd?.From ?? message.Until,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Closes a board role in the history; an end that arrives before its role is kept until the role comes.</summary>
internal sealed class BoardRoleEndHistory(MembershipDbContext db) : IIntegrationEventHandler<BoardRoleEnded>
{
    public async Task Handle(BoardRoleEnded message, CancellationToken cancellationToken)
    {
        var open = await db.Engagement.Where(e => e.Kind == EngagementEntry.BoardRole && e.MemberId == message.MemberId
            && e.Detail == message.Role && e.From <= message.EndedOn && (e.Until == null || e.Until > message.EndedOn)).ToListAsync(cancellationToken);
        foreach (var entry in open) entry.Until = message.EndedOn;
        if (open.Count == 0)
            db.Engagement.Add(new EngagementEntry
            {
                Id = Guid.NewGuid(), MemberId = message.MemberId, Kind = EngagementEntry.BoardRoleEnd, Detail = message.Role, From = message.EndedOn,
            });
        await db.SaveChangesAsync(cancellationToken);
    }
}
