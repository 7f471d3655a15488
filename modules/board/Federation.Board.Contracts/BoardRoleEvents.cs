namespace Federation.Board.Contracts;

/// <summary>
/// A member took a role on the board: <see cref="Role"/> is "member", "substitute" or a board
/// function from <see cref="BoardFunctions"/> (or the association's own).
/// </summary>
public sealed record BoardRoleAssigned(string AssociationId, Guid MemberId, string Role, DateOnly From, DateOnly? Until) : IIntegrationEvent;

/// <summary>A member's board role ended.</summary>
public sealed record BoardRoleEnded(string AssociationId, Guid MemberId, string Role, DateOnly EndedOn) : IIntegrationEvent;
