using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Federation.Host.Web;

/// <summary>
/// What every answer tells the browser: run only our own scripts, never inside another site's frame,
/// don't guess content types, send no address (feed links carry tokens) to other sites — and keep no
/// copy of what a signed-in person was shown, since that is member data.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.User.Identity?.IsAuthenticated == true || context.Request.Headers.Authorization.Count > 0)
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>
    /// Behind a reverse proxy (<c>Web:KnownProxies</c>, its addresses), the client's address and https come
    /// from its X-Forwarded-For and X-Forwarded-Proto: the sign-in throttle counts the real address and the
    /// cookie is marked Secure. Without the setting those headers are ignored, so no client can forge them.
    /// </summary>
    public static void UseKnownProxies(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection("Web:KnownProxies").Get<string[]>() ?? [];
        if (proxies.Length == 0) return;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        app.UseForwardedHeaders(options);
    }
}
