using Federation.Board.Domain;
using Federation.Board.Storage;
using Federation.Elections.Contracts;
using Federation.Platform.Modules;

namespace Federation.Board.Handlers;

/// <summary>
/// The annual meeting's elections set the board: "Val av ordförande, kassör … görs i samband med årsmöte"
/// (Solna 2024). Chair and treasurer become those functions; "board" members and "board-substitutes" substitutes.
/// </summary>
internal sealed class ElectionConcludedHandler(BoardComposition board, BoardDbContext db) : IIntegrationEventHandler<ElectionConcluded>
{
    public async Task Handle(ElectionConcluded message, CancellationToken ct)
    {
        var role = message.Position switch
        {
            "chair" => BoardFunctions.Chair,
            "treasurer" => BoardFunctions.Treasurer,
            "board" => BoardRole.Member,
            "board-substitutes" => BoardRole.Substitute,
            _ => null,
        };
        if (role is null) return;
        await board.ApplyElection(role, message.TermFrom ?? message.HeldOn, message.TermUntil,
            message.Elected.OrderBy(e => e.Rank).Select(e => (e.MemberId, e.Name, e.Gender)), ct);
        await db.SaveChangesAsync(ct);
    }
}
