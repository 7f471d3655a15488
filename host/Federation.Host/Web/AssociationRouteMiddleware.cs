using Federation.Host.Modules;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Federation.Host.Web;

/// <summary>
/// Every route under <c>/a/{association}/</c> or <c>/api/associations/{association}/</c> runs for that
/// association only: unknown associations and modules it has not enabled answer 404; a person
/// without a role there (or with too small a one) is refused; otherwise the association becomes
/// the current one, and storage filters every query by it. Endpoints marked anonymous skip only
/// the sign-in and role checks.
/// </summary>
public sealed class AssociationRouteMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IAssociationDirectory directory, ModuleCatalog catalog, AssociationContext current)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint is null || http.Request.RouteValues["association"] is not string id)
        {
            await next(http);
            return;
        }
        var association = directory.Find(id);
        if (association is null)
        {
            await NotFound(http, $"Unknown association '{id}'.");
            return;
        }
        var moduleId = endpoint.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId
            ?? (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page ? catalog.OwnerOf(page.Type)?.Manifest.Id : null);
        if (moduleId is not null && !association.Enables(moduleId))
        {
            await NotFound(http, $"Module '{moduleId}' is not enabled for association '{association.Id}'.");
            return;
        }
        // A few endpoints carry their own credential (an iCalendar feed's secret token): they run
        // for the association without a signed-in person, and check that credential themselves.
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            current.Enter(association);
            await next(http);
            return;
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            await http.ChallengeAsync();
            return;
        }
        var required = endpoint.Metadata.GetMetadata<RequiresRoleAttribute>()?.Role ?? AssociationRole.Member;
        var role = http.User.RoleIn(association.Id);
        if (role is null || role < required)
        {
            await http.ForbidAsync();
            return;
        }
        current.Enter(association);
        await next(http);
    }

    /// <summary>The API says why in JSON; a page gets the site's own not-found page (the detail is logged).</summary>
    private static async Task NotFound(HttpContext http, string detail)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        if (http.Request.Path.StartsWithSegments("/api"))
            await http.Response.WriteAsJsonAsync(new { status = 404, title = "Not found", detail });
        else
            http.RequestServices.GetRequiredService<ILogger<AssociationRouteMiddleware>>().LogInformation("404 for {Path}: {Detail}", http.Request.Path, detail);
    }
}
