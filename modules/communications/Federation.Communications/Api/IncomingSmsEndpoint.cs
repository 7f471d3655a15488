using System.Security.Cryptography;
using System.Text;
using Federation.Communications.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Communications.Api;

/// <summary>
/// 46elks's webhook for incoming SMS (the number's <c>sms_url</c>): a form POST with <c>direction</c>,
/// <c>id</c>, <c>from</c>, <c>to</c>, <c>created</c> and <c>message</c>. 46elks signs nothing, so the URL
/// carries a secret (<c>Communications:Sms:WebhookSecret</c>), compared in constant time; without one
/// configured the webhook is off. A "STOP" unsubscribes the sender from SMS and the answer's body is sent
/// back to them as a reply SMS, as 46elks documents; any other text is only logged.
/// </summary>
internal static class IncomingSmsEndpoint
{
    public static void Map(IEndpointRouteBuilder association) =>
        association.MapPost("/communications/sms/incoming/{secret}", async (string secret, HttpRequest request, InboundStops stops,
            IOptions<CommunicationsSettings> settings, ILogger<InboundStops> logger, CancellationToken ct) =>
        {
            if (!Matches(settings.Value.Sms.WebhookSecret, secret)) return Results.NotFound();
            if (!request.HasFormContentType) return Results.BadRequest("46elks posts application/x-www-form-urlencoded.");
            var form = await request.ReadFormAsync(ct);
            if (form["direction"] != "incoming") return Results.NoContent();
            if (!InboundStops.IsStop(form["message"]))
            {
                logger.LogInformation("An incoming SMS ({Id}) that is not STOP was not acted on", form["id"].ToString());
                return Results.NoContent();
            }
            var stopped = await stops.Sms(form["from"].ToString(), ct);
            logger.LogInformation("STOP by SMS ({Id}): {Count} member(s) no longer get SMS", form["id"].ToString(), stopped);
            return stopped == 0 ? Results.NoContent()
                : Results.Text("Klart: du får inga fler sms från Vänsterpartiet. Ändra det under Mina uppgifter.", "text/plain; charset=utf-8");
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    private static bool Matches(string? expected, string given) =>
        !string.IsNullOrEmpty(expected) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
