using Federation.Communications.Domain;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Communications.Sending;

/// <summary>
/// Reads the mailbox the <c>List-Unsubscribe</c> mailto reaches (<c>Communications:Imap</c>, MailKit over IMAP):
/// each unread mail whose subject says "avregistrera" unsubscribes its sender (the token in the subject, else the
/// sender's address) and is marked read. Every other mail is left unread for the person who reads the mailbox.
/// </summary>
internal sealed class UnsubscribeMailbox(IOptions<CommunicationsSettings> settings, InboundStops stops, ILogger<UnsubscribeMailbox> logger)
{
    private ImapSettings Settings => settings.Value.Imap;

    /// <summary>How many mails asked to unsubscribe; 0 when no mailbox is configured.</summary>
    public async Task<int> Poll(CancellationToken cancellationToken = default)
    {
        if (!Settings.Configured) return 0;
        using var client = new ImapClient();
        var security = Settings.Security.ToLowerInvariant() switch
        {
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.SslOnConnect,
        };
        await client.ConnectAsync(Settings.Host, Settings.EffectivePort, security, cancellationToken);
        await client.AuthenticateAsync(Settings.User, Settings.Password ?? "", cancellationToken);
        var folder = await client.GetFolderAsync(Settings.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var asked = await folder.SearchAsync(SearchQuery.NotSeen.And(SearchQuery.SubjectContains("avregistrera")), cancellationToken);
        foreach (var uid in asked)
        {
            var message = await folder.GetMessageAsync(uid, cancellationToken);
            var stopped = await stops.Mail(message.Subject ?? "", message.From.Mailboxes.FirstOrDefault()?.Address, cancellationToken);
            await folder.AddFlagsAsync(uid, MessageFlags.Seen, true, cancellationToken);
            logger.LogInformation("An unsubscribe by mail ({MessageId}) stopped email to {Count} member(s)", message.MessageId, stopped);
        }
        await client.DisconnectAsync(true, cancellationToken);
        return asked.Count;
    }
}
