using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Handlers;

/// <summary>
/// An erased member leaves no name here: speaker entries keep gender and time under an anonymous label
/// (one per person, so the speaker count holds); board roles keep the seat, not the person; attendance goes.
/// </summary>
internal sealed class MemberErasedHandler(BoardDbContext db) : IIntegrationEventHandler<MemberErased>
{
    public async Task Handle(MemberErased message, CancellationToken ct)
    {
        var label = "Anonym " + Guid.NewGuid().ToString("N")[..6];
        foreach (var c in await db.Contributions.Where(c => c.MemberId == message.MemberId).ToListAsync(ct))
        {
            c.MemberId = null;
            c.Name = label;
        }
        foreach (var r in await db.Roles.Where(r => r.MemberId == message.MemberId).ToListAsync(ct))
        {
            r.MemberId = null;
            r.Name = label;
        }
        db.ElectedOfficials.RemoveRange(await db.ElectedOfficials.Where(o => o.MemberId == message.MemberId).ToListAsync(ct));
        db.Attendances.RemoveRange(await db.Attendances.Where(a => a.MemberId == message.MemberId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }
}
