using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Activities.ICal;

/// <summary>
/// Serves <c>/feeds/activities/{association}/{token}.ics</c> to calendar clients, which cannot sign
/// in: the secret token is the credential. The host's association routes always demand a signed-in
/// user, so this branch runs ahead of them (a startup filter) and enters the association itself,
/// answering 404 where the association is unknown, has the module off, or the token is wrong.
/// </summary>
internal sealed class FeedEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Feeds.PathPrefix, feeds => feeds.Run(Serve));
        next(app);
    };

    private static async Task Serve(HttpContext http)
    {
        var parts = (http.Request.Path.Value ?? "").Trim('/').Split('/');
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            || parts.Length != 2 || !parts[1].EndsWith(".ics", StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var association = http.RequestServices.GetRequiredService<IAssociationDirectory>().Find(parts[0]);
        if (association is null || !association.Enables(ActivitiesDbContext.Module))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.RequestServices.GetRequiredService<AssociationContext>().Enter(association);
        var text = await http.RequestServices.GetRequiredService<Feeds>().Render(association.Name, parts[1][..^4], http.RequestAborted);
        if (text is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "text/calendar; charset=utf-8";
        http.Response.Headers.CacheControl = "private, max-age=300";
        await http.Response.WriteAsync(text, http.RequestAborted);
    }
}
