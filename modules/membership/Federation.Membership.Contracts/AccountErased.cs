namespace Federation.Membership.Contracts;

/// <summary>
/// The account of an erased member is gone; one event for each association it could act in. Every module there
/// puts <see cref="Pseudonym"/> in place of the account wherever it recorded who did something — an entry that
/// ends with "&lt;<see cref="Email"/>&gt;" (<c>Actors</c>).
/// </summary>
public sealed record AccountErased(string AssociationId, string Email, string Pseudonym) : IErasureEvent;
