using Federation.Communications.Contracts;
using MimeKit;

namespace Federation.Communications.Sending;

/// <summary>Account mail (<see cref="IAccountMail"/>) through the same SMTP connection pool as the mailings.</summary>
internal sealed class AccountMail(SmtpMailer mailer) : IAccountMail
{
    public bool CanSend => mailer.Settings.Configured;

    public async Task Send(string toEmail, string toName, string subject, string text, CancellationToken cancellationToken = default)
    {
        var message = new MimeMessage();
        message.From.Add(mailer.Settings.Sender);
        message.To.Add(new MailboxAddress(toName, toEmail));
        message.Subject = subject;
        message.Date = DateTimeOffset.UtcNow;
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart("plain") { Text = text };
        var result = await mailer.Send(message, cancellationToken);
        if (!result.Accepted) throw new InvalidOperationException($"The mail server refused the mail to {toEmail}: {result.Reply}");
    }
}
