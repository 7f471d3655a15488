using Federation.Board.Contracts;

namespace Federation.Board.Domain;

/// <summary>The board's list of elected officials for other modules (<see cref="IElectedOfficials"/>).</summary>
internal sealed class ElectedOfficialsList(BoardComposition board) : IElectedOfficials
{
    public async Task<IReadOnlyList<OfficialCard>> On(DateOnly day, CancellationToken cancellationToken = default) =>
        [.. (await board.ElectedOfficials(day, cancellationToken)).Select(o => new OfficialCard(o.MemberId, o.Name))];
}
