using Federation.Board.Contracts;
using Federation.Platform.Modules;
using Federation.Studies.Domain;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Handlers;

/// <summary>
/// Keeps studies' copy of who holds which board role, for the required-training view. An assignment delivered twice
/// (same member, role and start) is stored once; an end closes the member's open holdings of the role.
/// </summary>
internal sealed class BoardRoleHandlers(StudiesDbContext db) : IIntegrationEventHandler<BoardRoleAssigned>, IIntegrationEventHandler<BoardRoleEnded>
{
    public async Task Handle(BoardRoleAssigned message, CancellationToken cancellationToken)
    {
        var held = await db.Roles.FirstOrDefaultAsync(r => r.MemberId == message.MemberId && r.Role == message.Role && r.From == message.From, cancellationToken);
        if (held is null) db.Roles.Add(held = new HeldRole { Id = Guid.NewGuid(), MemberId = message.MemberId, Role = message.Role, From = message.From });
        held.Until = message.Until;
        held.EndedOn = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task Handle(BoardRoleEnded message, CancellationToken cancellationToken)
    {
        foreach (var held in await db.Roles.Where(r => r.MemberId == message.MemberId && r.Role == message.Role && r.EndedOn == null).ToListAsync(cancellationToken))
            held.EndedOn = message.EndedOn;
        await db.SaveChangesAsync(cancellationToken);
    }
}
