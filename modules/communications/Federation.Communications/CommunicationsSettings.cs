using MimeKit;

namespace Federation.Communications;

/// <summary>
/// <c>Communications</c> in configuration (environment: <c>Communications__Smtp__Host</c> and so on).
/// Without an SMTP host no mail is sent; without SMS credentials no SMS.
/// </summary>
internal sealed class CommunicationsSettings
{
    /// <summary>Where members reach this instance: the unsubscribe links start here (https).</summary>
    public string PublicUrl { get; set; } = "https://localhost";

    public SmtpSettings Smtp { get; set; } = new();

    public SmsSettings Sms { get; set; } = new();

    /// <summary>The mailbox the <c>List-Unsubscribe</c> mailto reaches, read for unsubscribes; without a host nobody reads it automatically.</summary>
    public ImapSettings Imap { get; set; } = new();

    /// <summary>Mails a minute at most, for the whole district (one instance serves one district); 0 means no limit.</summary>
    public int RatePerMinute { get; set; }

    /// <summary>How often scheduled sends, reminders and series drafts are looked for.</summary>
    public TimeSpan DueEvery { get; set; } = TimeSpan.FromMinutes(1);
}

internal sealed class SmtpSettings
{
    public string? Host { get; set; }
    /// <summary>0: the usual port for <see cref="Security"/> (25, 587 or 465).</summary>
    public int Port { get; set; }
    /// <summary><c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    public string Security { get; set; } = "starttls";
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>The sender, e.g. <c>Vänsterpartiet Solna &lt;nyhetsbrev@example.org&gt;</c>.</summary>
    public string From { get; set; } = "Federation <noreply@localhost>";

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port > 0 ? Port : Security.ToLowerInvariant() switch { "tls" => 465, "none" => 25, _ => 587 };

    public MailboxAddress Sender => MailboxAddress.Parse(From);
}

/// <summary>The sender address's mailbox over IMAP (<c>Communications:Imap</c>).</summary>
internal sealed class ImapSettings
{
    public string? Host { get; set; }
    /// <summary>0: 993 for <c>tls</c>, 143 otherwise.</summary>
    public int Port { get; set; }
    /// <summary><c>tls</c> (default), <c>starttls</c> or <c>none</c> (only for a server on the same machine).</summary>
    public string Security { get; set; } = "tls";
    public string? User { get; set; }
    public string? Password { get; set; }
    public string Folder { get; set; } = "INBOX";

    public bool Configured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(User);

    public int EffectivePort => Port > 0 ? Port : Security.Equals("tls", StringComparison.OrdinalIgnoreCase) ? 993 : 143;
}

/// <summary>An SMS gateway with 46elks's REST API (<c>POST {BaseUrl}/a1/sms</c>, basic auth).</summary>
internal sealed class SmsSettings
{
    public string BaseUrl { get; set; } = "https://api.46elks.com";
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>The sender: up to 11 letters and digits, or a phone number.</summary>
    public string From { get; set; } = "Federation";
    /// <summary>Kronor per SMS segment, for the estimate shown before sending.</summary>
    public decimal PricePerSegment { get; set; } = 0.52m;
    /// <summary>The secret in the incoming-SMS webhook's URL (46elks signs nothing); empty: the webhook is off.</summary>
    public string? WebhookSecret { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(User) && !string.IsNullOrWhiteSpace(Password);
}
