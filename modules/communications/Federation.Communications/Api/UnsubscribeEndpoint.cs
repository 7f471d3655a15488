using System.Net;
using Federation.Communications.Sending;
using Federation.Communications.Domain;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Communications.Api;

/// <summary>
/// <c>/api/associations/{association}/communications/unsubscribe/{token}</c>, the link in every mail and
/// its <c>List-Unsubscribe</c> header. The signed token is the credential: no session, no antiforgery
/// token. POST (RFC 8058's one-click, body <c>List-Unsubscribe=One-Click</c>, or the button on the GET
/// page) unsubscribes at once; GET only shows the button, since mail scanners follow links.
/// </summary>
internal static class UnsubscribeEndpoint
{
    public static void Map(IEndpointRouteBuilder association)
    {
        association.MapGet("/communications/unsubscribe/{token}", (string token, UnsubscribeLinks links, AssociationContext current) =>
            links.Read(token) is { } t && t.AssociationId == current.Required.Id
                ? Html(current.Required.Name, $"""
                    <p>Vill du inte längre få e-post från {WebUtility.HtmlEncode(current.Required.Name)}?</p>
                    <form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">
                    <button type="submit">Avregistrera mig</button></form>
                    """)
                : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();

        association.MapPost("/communications/unsubscribe/{token}", async (string token, HttpRequest request, UnsubscribeLinks links,
            Unsubscribes unsubscribes, AssociationContext current, CancellationToken ct) =>
        {
            if (links.Read(token) is not { } t || t.AssociationId != current.Required.Id) return Results.NotFound();
            var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
            if (form?["List-Unsubscribe"].ToString() != "One-Click")
                return Results.BadRequest("The body must be List-Unsubscribe=One-Click (RFC 8058).");
            await unsubscribes.Stop(t, "one-click", ct);
            return Html(current.Required.Name, "<p>Klart. Du får inga fler utskick från oss via den här kanalen. Du kan ändra det under Mina uppgifter.</p>");
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    private static IResult Html(string association, string body) => Results.Content(
        $"<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Avregistrera</title></head>" +
        $"<body style=\"font-family:sans-serif;max-width:30em;margin:2em auto;padding:0 1em\"><h1>{WebUtility.HtmlEncode(association)}</h1>{body}</body></html>",
        "text/html; charset=utf-8");
}
