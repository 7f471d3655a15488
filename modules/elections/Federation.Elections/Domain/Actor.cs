using System.Security.Claims;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Federation.Elections.Domain;

/// <summary>Who is acting: the signed-in account for the log, and their member record for answering
/// their own nomination. Outside a request (demo seed, CLI) the actor is "system".</summary>
internal sealed class Actor(IHttpContextAccessor http, IMemberLinks links, AssociationContext association)
{
    private ClaimsPrincipal? User => http.HttpContext?.User;

    /// <summary>"Name &lt;email&gt;" as the log shows it.</summary>
    public string Name => Actors.Of(User);

    /// <summary>The member the signed-in account is linked to in this association, if any.</summary>
    public async Task<Guid?> MemberId(CancellationToken ct) =>
        User is { } user && association.Current is { } current ? await links.MemberOf(user, current.Id, ct) : null;
}
