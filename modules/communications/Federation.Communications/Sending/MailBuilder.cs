using Federation.Communications.Domain;
using MimeKit;

namespace Federation.Communications.Sending;

/// <summary>
/// The MIME message for one recipient: multipart text and HTML, a Message-ID that stays the same
/// when the mail is retried, and the list headers mail programs show an unsubscribe button for
/// (<c>List-Id</c>, <c>List-Unsubscribe</c> with an https link and a mailto, RFC 8058's one-click POST).
/// </summary>
internal static class MailBuilder
{
    public static MimeMessage Build(MailboxAddress from, string to, string toName, RenderedMail mail, Guid deliveryId, string listId, string listName, string unsubscribeUrl)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress(toName, to));
        message.Subject = mail.Subject;
        var domain = from.Domain is { Length: > 0 } d ? d : "localhost";
        message.MessageId = $"{deliveryId:N}@{domain}";
        message.Date = DateTimeOffset.UtcNow;
        message.Headers.Add("List-Id", $"{Quoted(listName)} <{listId}.{domain}>");
        // The mailto's subject carries the signed token (the link's last segment), so the mailbox reader knows who asked.
        var token = unsubscribeUrl[(unsubscribeUrl.LastIndexOf('/') + 1)..];
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribeUrl}>, <mailto:{from.Address}?subject=avregistrera%20{token}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    private static string Quoted(string name) => "\"" + name.Replace("\\", "").Replace("\"", "") + "\"";
}
