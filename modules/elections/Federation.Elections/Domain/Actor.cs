using System.Security.Claims;
using Federation.Membership.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Elections.Domain;

/// <summary>Who is acting: the signed-in account for the log, and their member record for answering
/// their own nomination. Outside a request (demo seed, CLI) the actor is "system".</summary>
internal sealed class Actor(IHttpContextAccessor http, IServiceProvider services)
{
    private ClaimsPrincipal? User => http.HttpContext?.User;

    /// <summary>"Name &lt;email&gt;" as the log shows it.</summary>
    public string Name
    {
        get
        {
            if (User?.Identity?.IsAuthenticated != true) return "system";
            var name = User.FindFirstValue(ClaimTypes.Name);
            var email = User.FindFirstValue(ClaimTypes.Email);
            return email is null ? name ?? "?" : $"{name} <{email}>";
        }
    }

    /// <summary>The member whose email is the account's email, when membership is on and finds one.</summary>
    public async Task<Guid?> MemberId(CancellationToken ct)
    {
        var email = User?.FindFirstValue(ClaimTypes.Email);
        if (string.IsNullOrWhiteSpace(email) || services.GetService<IMemberDirectory>() is not { } directory) return null;
        var match = (await directory.Search(email, 20, ct)).FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase));
        return match?.MemberId;
    }
}
