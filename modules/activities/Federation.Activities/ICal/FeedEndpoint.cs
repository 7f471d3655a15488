using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Activities.ICal;

/// <summary>
/// Serves <c>/api/associations/{association}/activity-feeds/{token}.ics</c> to calendar clients,
/// which cannot sign in: the secret token is the credential, so the endpoint is anonymous and the
/// host only checks that the association exists and has the module on. A wrong token is a 404.
/// </summary>
internal static class FeedEndpoint
{
    public static void Map(IEndpointRouteBuilder association) =>
        association.MapGet("/activity-feeds/{token}.ics", async (string token, Feeds feeds, AssociationContext current, HttpContext http, CancellationToken ct) =>
        {
            var text = await feeds.Render(current.Required.Name, token, ct);
            if (text is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "private, max-age=300";
            return Results.Text(text, "text/calendar; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
}
