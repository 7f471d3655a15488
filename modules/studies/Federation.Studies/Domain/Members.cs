using System.Security.Claims;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Studies.Domain;

/// <summary>
/// The current association's register, through membership's directory when membership is on: the signed-in
/// member (the member the account is linked to), names, and search for organisers booking someone.
/// </summary>
internal sealed class Members(IServiceProvider services, IMemberLinks links, AssociationContext association)
{
    private IMemberDirectory? Directory => services.GetService<IMemberDirectory>();

    public bool HasDirectory => Directory is not null;

    /// <summary>The member the signed-in account is linked to in this association, if the register knows them.</summary>
    public async Task<MemberCard?> Of(ClaimsPrincipal user, CancellationToken ct) =>
        Directory is { } directory && await links.MemberOf(user, association.Required.Id, ct) is { } id ? await directory.Find(id, ct) : null;

    public async Task<MemberCard?> Find(Guid memberId, CancellationToken ct) =>
        Directory is { } directory ? await directory.Find(memberId, ct) : null;

    public async Task<IReadOnlyList<MemberCard>> Search(string query, CancellationToken ct) =>
        Directory is { } directory && !string.IsNullOrWhiteSpace(query) ? await directory.Search(query.Trim(), 20, ct) : [];

    public async Task<string> NameOf(Guid memberId, CancellationToken ct) =>
        await Find(memberId, ct) is { } card ? card.Name : memberId.ToString("D")[..8];
}
