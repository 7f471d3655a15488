using System.Security.Cryptography;
using System.Text;
using Federation.Communications.Contracts;
using Federation.Host.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Accounts;

/// <summary>
/// Links that let a person set their password: an invitation (valid a week) and a reset of a forgotten one (an
/// hour). Signed and time-limited with Data Protection, so nothing is stored; single use, because each carries a
/// stamp of the password it replaces — once a password is set the stamp no longer matches and the link is dead.
/// Setting a password ends the account's sessions, so a stolen session does not survive a reset.
/// </summary>
public sealed class PasswordLinks(PlatformDbContext db, IPasswordHasher<Account> hasher, IDataProtectionProvider protection, Sessions sessions,
    IServiceProvider services)
{
    public enum Purpose { Invitation, Reset }

    public static TimeSpan Lifetime(Purpose purpose) => purpose == Purpose.Invitation ? TimeSpan.FromDays(7) : TimeSpan.FromHours(1);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Federation.Accounts.PasswordLinks").ToTimeLimitedDataProtector();

    /// <summary>The site-relative address of a new link for the account.</summary>
    public string PathFor(Account account, Purpose purpose) =>
        "/password/" + Protector.Protect($"{purpose}|{account.Id}|{Stamp(account)}", Lifetime(purpose));

    /// <summary>The account and purpose of a link that is genuine, unexpired and unused; null otherwise.</summary>
    public async Task<(Account Account, Purpose Purpose)?> Open(string token, CancellationToken cancellationToken = default)
    {
        string payload;
        try { payload = Protector.Unprotect(token); }
        catch (CryptographicException) { return null; }
        if (payload.Split('|') is not [var p, var id, var stamp] || !Enum.TryParse<Purpose>(p, out var purpose) || !Guid.TryParse(id, out var accountId))
            return null;
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        return account is not null && Stamp(account) == stamp ? (account, purpose) : null;
    }

    /// <summary>Sets the password through a link; the problem in words when the link is dead or the password too weak.</summary>
    public async Task<string?> SetPassword(string token, string password, CancellationToken cancellationToken = default)
    {
        if (await Open(token, cancellationToken) is not { } link) return DeadLink;
        if (PasswordPolicy.Problem(password, link.Account.Email) is { } problem) return problem;
        link.Account.PasswordHash = hasher.HashPassword(link.Account, password);
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAll(link.Account.Id, cancellationToken);
        return null;
    }

    public static readonly string DeadLink =
        "The link is no longer valid: it has been used, has expired, or was copied incompletely. Ask for a new one.";

    /// <summary>
    /// Mails the link when the communications module can send mail (true), else leaves it to the caller to show it.
    /// <paramref name="baseUri"/> is the site's address as the person reaches it.
    /// </summary>
    public async Task<bool> Mail(Account account, Purpose purpose, string baseUri, string? associationName, CancellationToken cancellationToken = default)
    {
        if (services.GetService<IAccountMail>() is not { CanSend: true } mail) return false;
        var url = baseUri.TrimEnd('/') + PathFor(account, purpose);
        var (subject, text) = purpose == Purpose.Invitation
            ? ($"Inbjudan till {associationName ?? "Federation"}",
               $"Hej {account.Name}!\n\nDu har bjudits in till {associationName ?? "Federation"}. Välj ditt lösenord här (länken gäller i 7 dagar och kan användas en gång):\n\n{url}\n\nLogga sedan in med {account.Email}.\n")
            : ("Återställ ditt lösenord",
               $"Hej {account.Name}!\n\nNågon (förhoppningsvis du) bad om ett nytt lösenord för {account.Email}. Välj ett nytt här (länken gäller i en timme och kan användas en gång):\n\n{url}\n\nHar du inte bett om det kan du strunta i det här brevet; ditt lösenord är oförändrat.\n");
        await mail.Send(account.Email, account.Name, subject, text, cancellationToken);
        return true;
    }

    private static string Stamp(Account account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.PasswordHash ?? "no password yet")))[..16];
}
