using System.Security.Claims;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Activities.Domain;

/// <summary>
/// Names and the signed-in person's member id, through membership's directory when the association
/// has membership on; without it the calendar still works, showing member ids.
/// </summary>
internal sealed class Members(IServiceProvider services, IMemberLinks links, AssociationContext association)
{
    private IMemberDirectory? Directory => services.GetService<IMemberDirectory>();

    /// <summary>The member the signed-in account is linked to in this association, if any.</summary>
    public Task<Guid?> Of(ClaimsPrincipal user, CancellationToken ct) => links.MemberOf(user, association.Required.Id, ct);

    /// <summary>Whether there is a member register to search (membership on for the association).</summary>
    public bool HasDirectory => Directory is not null;

    /// <summary>Members matching a name or member number; empty without a register.</summary>
    public async Task<IReadOnlyList<MemberCard>> Search(string query, CancellationToken ct) =>
        Directory is { } directory && !string.IsNullOrWhiteSpace(query) ? await directory.Search(query.Trim(), 20, ct) : [];

    /// <summary>The names a list shows, read (and logged) as one; member ids where there is no register or no such member.</summary>
    public async Task<Func<Guid, string>> NamesFor(IEnumerable<Guid> memberIds, string list, CancellationToken ct)
    {
        var cards = Directory is { } directory ? await directory.Cards(memberIds, list, ct) : new Dictionary<Guid, MemberCard>();
        return id => cards.TryGetValue(id, out var card) ? card.Name : id.ToString("D")[..8];
    }

    /// <summary>Whether the member is one of this association's (another association's is not); true without a register to ask.</summary>
    public async Task<bool> Exists(Guid memberId, CancellationToken ct) =>
        Directory is not { } directory || await directory.Find(memberId, ct) is not null;

    public async Task<string> NameOf(Guid memberId, CancellationToken ct) =>
        Directory is { } directory && await directory.Find(memberId, ct) is { } card ? card.Name : memberId.ToString("D")[..8];
}
