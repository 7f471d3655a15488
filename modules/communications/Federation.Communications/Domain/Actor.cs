using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Federation.Communications.Domain;

/// <summary>Who is acting, for the audit log: the signed-in person, or the system (messages, schedules).</summary>
internal sealed class Actor(IHttpContextAccessor http)
{
    public string Name => http.HttpContext?.User is { Identity.IsAuthenticated: true } user
        ? $"{user.FindFirstValue(ClaimTypes.Name)} <{user.FindFirstValue(ClaimTypes.Email)}>"
        : "system";

    public string? Email => http.HttpContext?.User.FindFirstValue(ClaimTypes.Email);
}
