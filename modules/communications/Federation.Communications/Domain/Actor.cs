using System.Security.Claims;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Federation.Communications.Domain;

/// <summary>Who is acting, for the audit log: the signed-in person, or the system (messages, schedules).</summary>
internal sealed class Actor(IHttpContextAccessor http)
{
    public string Name => Actors.Of(http.HttpContext?.User);

    public string? Email => http.HttpContext?.User.FindFirstValue(ClaimTypes.Email);
}
