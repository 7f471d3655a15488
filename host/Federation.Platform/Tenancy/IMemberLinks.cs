using System.Security.Claims;

namespace Federation.Platform.Tenancy;

/// <summary>
/// Which member of an association an account is. Set explicitly — by the association's admin, the CLI
/// or the demo — and never guessed from an email address, which a household may share. Implemented by
/// the host, which owns the accounts.
/// </summary>
public interface IMemberLinks
{
    /// <summary>The member the signed-in account is in <paramref name="associationId"/>; null when not linked there.</summary>
    Task<Guid?> MemberOf(ClaimsPrincipal user, string associationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The members the accounts with these emails are linked to in <paramref name="associationId"/>, by email in lower
    /// case; an account without a link there is left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, Guid>> MembersOf(string associationId, IEnumerable<string> emails, CancellationToken cancellationToken = default);

    /// <summary>The email of the account linked to the member, if any.</summary>
    Task<string?> AccountOf(string associationId, Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links the account with <paramref name="email"/> to the member, replacing the account's earlier link in
    /// the association and any other account's link to the member. False when no account has that email.
    /// </summary>
    Task<bool> Link(string email, string associationId, Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>Removes the member's link (the admin ended it).</summary>
    Task Unlink(string associationId, Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The member was erased: the account linked to them goes with its roles, links, sessions and tokens, so
    /// nothing can sign in as them and nothing names them. Null when no account was linked.
    /// </summary>
    Task<ErasedAccount?> EraseAccount(string associationId, Guid memberId, CancellationToken cancellationToken = default);
}

/// <summary>
/// An erased account: its id (for a pseudonym), the email it signed in with (to find what it left behind, see
/// <see cref="Actors"/>) and the associations it could act in — where it held a role or a member link; every
/// association when it held a district role.
/// </summary>
public sealed record ErasedAccount(Guid Id, string Email, IReadOnlyList<string> ActedIn)
{
    /// <summary>What the records show instead of the person, the same everywhere so one actor's entries still read as one.</summary>
    public string Pseudonym => $"raderat konto {Id.ToString("N")[..8]}";
}
