using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Federation.Communications.Sending;

/// <summary>What a signed unsubscribe token names: whose mail, in which association, through which mailing and channel.</summary>
internal sealed record UnsubscribeToken(string AssociationId, Guid MemberId, Guid MailingId, string Channel);

/// <summary>
/// Personal unsubscribe links: the token is signed and encrypted with ASP.NET Data Protection (the
/// host keeps the keys in the data folder), so it needs no session and cannot be forged or altered.
/// </summary>
internal sealed class UnsubscribeLinks(IDataProtectionProvider protection, IOptions<CommunicationsSettings> settings)
{
    private readonly IDataProtector protector = protection.CreateProtector("Federation.Communications.Unsubscribe.v1");

    public string Url(UnsubscribeToken token) =>
        $"{settings.Value.PublicUrl.TrimEnd('/')}/api/associations/{token.AssociationId}/communications/unsubscribe/{Token(token)}";

    public string Token(UnsubscribeToken token) =>
        protector.Protect($"{token.AssociationId}|{token.MemberId:N}|{token.MailingId:N}|{token.Channel}");

    public UnsubscribeToken? Read(string token)
    {
        try
        {
            var parts = protector.Unprotect(token).Split('|');
            return parts.Length == 4 && Guid.TryParse(parts[1], out var member) && Guid.TryParse(parts[2], out var mailing)
                ? new(parts[0], member, mailing, parts[3]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
    }
}
