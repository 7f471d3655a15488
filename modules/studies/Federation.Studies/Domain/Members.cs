using System.Security.Claims;
using Federation.Membership.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Studies.Domain;

/// <summary>
/// The current association's register, through membership's directory when membership is on: the signed-in
/// member (the member whose email is the account's), names, and search for organisers booking someone.
/// </summary>
internal sealed class Members(IServiceProvider services)
{
    private IMemberDirectory? Directory => services.GetService<IMemberDirectory>();

    public bool HasDirectory => Directory is not null;

    public async Task<MemberCard?> Of(ClaimsPrincipal user, CancellationToken ct)
    {
        var email = user.FindFirstValue(ClaimTypes.Email);
        if (Directory is not { } directory || string.IsNullOrWhiteSpace(email)) return null;
        foreach (var query in new[] { email, user.FindFirstValue(ClaimTypes.Name) }.OfType<string>())
        {
            var match = (await directory.Search(query, 20, ct)).FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return match;
        }
        return null;
    }

    public async Task<MemberCard?> Find(Guid memberId, CancellationToken ct) =>
        Directory is { } directory ? await directory.Find(memberId, ct) : null;

    public async Task<IReadOnlyList<MemberCard>> Search(string query, CancellationToken ct) =>
        Directory is { } directory && !string.IsNullOrWhiteSpace(query) ? await directory.Search(query.Trim(), 20, ct) : [];

    public async Task<string> NameOf(Guid memberId, CancellationToken ct) =>
        await Find(memberId, ct) is { } card ? card.Name : memberId.ToString("D")[..8];
}
