using Microsoft.AspNetCore.Antiforgery;

namespace Federation.Host.Web;

/// <summary>
/// The API is for scripts with a bearer token. A signed-in browser may follow the pages' links into it
/// (downloads, print views), but a request that changes something and carries only the session cookie
/// must also carry the antiforgery token — otherwise any site the person visits could post to it.
/// </summary>
public static class ApiCookieGuard
{
    public static void UseApiCookieGuard(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && !HttpMethods.IsOptions(request.Method) && context.User.Identity?.IsAuthenticated == true
            && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Results.Problem("The API takes a bearer token (Authorization: Bearer …). A signed-in browser must send the antiforgery token.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Antiforgery token missing").ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });
}
