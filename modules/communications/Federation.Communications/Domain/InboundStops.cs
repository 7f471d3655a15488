using Federation.Communications.Sending;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Domain;

/// <summary>
/// Unsubscribes that arrive from outside rather than through a link: "STOP" answered to an SMS (any case, and the
/// Swedish "stopp", "stoppa", "avsluta", "avregistrera"), and a mail to the <c>List-Unsubscribe</c> mailto. One SMS
/// number and one sender address serve the whole district, so a sender known only by number or address is looked
/// for in every association that uses communications.
/// </summary>
internal sealed class InboundStops(IServiceProvider services, IAssociationDirectory associations, UnsubscribeLinks links)
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase) { "stop", "stopp", "stoppa", "avsluta", "avregistrera", "unsubscribe" };

    /// <summary>Whether the message asks to stop: its first word, without punctuation, is a stop word.</summary>
    public static bool IsStop(string? message)
    {
        var first = (message ?? "").Trim().Split([' ', '\n', '\r', '\t'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return StopWords.Contains(first.Trim('.', '!', ',', '"', '\''));
    }

    /// <summary>Unsubscribes the members with the number <paramref name="from"/> from SMS; how many were found.</summary>
    public Task<int> Sms(string from, CancellationToken cancellationToken = default) =>
        PhoneNumbers.E164(from) is { } number
            ? Stop(m => PhoneNumbers.E164(m.Phone) == number, Channels.Sms, "sms-stop", cancellationToken)
            : Task.FromResult(0);

    /// <summary>
    /// A mail to the mailto: the signed token in its subject names the member (the mailto carries it), else the
    /// sender's address is looked up. How many were unsubscribed from email.
    /// </summary>
    public async Task<int> Mail(string subject, string? fromAddress, CancellationToken cancellationToken = default)
    {
        var token = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(links.Read).OfType<UnsubscribeToken>()
            .FirstOrDefault(t => t.Channel == Channels.Email);
        if (token is not null && associations.Find(token.AssociationId) is { } association)
        {
            await using var scope = Enter(association);
            await scope.ServiceProvider.GetRequiredService<Unsubscribes>().Stop(token, "mailto", cancellationToken);
            return 1;
        }
        return string.IsNullOrWhiteSpace(fromAddress) ? 0
            : await Stop(m => string.Equals(m.Email?.Trim(), fromAddress.Trim(), StringComparison.OrdinalIgnoreCase), Channels.Email, "mailto", cancellationToken);
    }

    private async Task<int> Stop(Func<MemberContact, bool> sender, string channel, string source, CancellationToken cancellationToken)
    {
        var stopped = 0;
        foreach (var association in associations.All.Where(a => a.Enables(CommunicationsDbContext.Module)))
        {
            await using var scope = Enter(association);
            if (scope.ServiceProvider.GetService<IMemberDirectory>() is not { } directory) continue;
            var unsubscribes = scope.ServiceProvider.GetRequiredService<Unsubscribes>();
            foreach (var member in (await directory.Audience(null, cancellationToken)).Where(sender))
            {
                await unsubscribes.Stop(new UnsubscribeToken(association.Id, member.MemberId, Guid.Empty, channel), source, cancellationToken);
                stopped++;
            }
        }
        return stopped;
    }

    private AsyncServiceScope Enter(Association association)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
        return scope;
    }
}
