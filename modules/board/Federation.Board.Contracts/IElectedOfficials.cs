namespace Federation.Board.Contracts;

/// <summary>
/// The current association's one list of elected officials (förtroendevalda), kept by the board: its members on a day
/// (those elected at the annual meeting among them) plus those it marks, e.g. councillors. Activities reads it for the
/// officials' participation ("Förtroendevalda ska minst närvara på två flygbladsutdelningar per termin", Solna 2024).
/// Implemented by the board module; resolve it optionally (null where the association has board work off).
/// </summary>
public interface IElectedOfficials
{
    /// <summary>The officials on <paramref name="day"/>, each member once, by name.</summary>
    Task<IReadOnlyList<OfficialCard>> On(DateOnly day, CancellationToken cancellationToken = default);
}

/// <summary>An elected official as other modules see one: always a member of the association.</summary>
public sealed record OfficialCard(Guid MemberId, string Name);
