namespace Federation.Communications.Contracts;

/// <summary>
/// Mail about a person's account (an invitation, a password reset), sent by the communications module through the
/// district's SMTP server. Not a mailing: no unsubscribe, nothing counted. Registered for the whole district.
/// </summary>
public interface IAccountMail
{
    /// <summary>False when no mail server is configured: the caller shows the link to hand over instead.</summary>
    bool CanSend { get; }

    /// <summary>Hands the mail to the server; throws when it cannot take it (the caller tells the person).</summary>
    Task Send(string toEmail, string toName, string subject, string text, CancellationToken cancellationToken = default);
}
