using System.Security.Claims;
using Federation.Host.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Federation.Host.Accounts;

/// <summary>
/// Browser sign-ins as server-side sessions: the cookie names its session, and every request checks that
/// the session has not ended. So signing out, "sign out everywhere" or erasing the account ends a copied
/// cookie too, instead of leaving it valid until it expires.
/// </summary>
public sealed class Sessions(PlatformDbContext db, TimeProvider clock)
{
    public const string ClaimType = "federation:session";

    /// <summary>Starts a session and signs the browser in to it.</summary>
    public async Task SignIn(HttpContext http, Account account)
    {
        var session = new SignInSession { Id = Guid.NewGuid(), AccountId = account.Id, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(http.RequestAborted);
        var principal = AccountService.Principal(account, CookieAuthenticationDefaults.AuthenticationScheme);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ClaimType, session.Id.ToString()));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
    }

    /// <summary>Ends the browser's session and removes its cookie.</summary>
    public async Task SignOut(HttpContext http)
    {
        if (SessionId(http.User) is { } id)
            await db.Sessions.Where(s => s.Id == id && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow().UtcDateTime), http.RequestAborted);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Ends every session of the account (sign out everywhere).</summary>
    public Task<int> EndAll(Guid accountId, CancellationToken cancellationToken = default) =>
        db.Sessions.Where(s => s.AccountId == accountId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);

    public Task<List<SignInSession>> Active(Guid accountId, CancellationToken cancellationToken = default) =>
        db.Sessions.AsNoTracking().Where(s => s.AccountId == accountId && s.EndedAt == null).OrderByDescending(s => s.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The cookie's check on every request: its session exists and has not ended.</summary>
    public static async Task Validate(CookieValidatePrincipalContext context)
    {
        var id = SessionId(context.Principal);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<PlatformDbContext>().Sessions;
        if (id is not null && await sessions.AnyAsync(s => s.Id == id && s.EndedAt == null, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static Guid? SessionId(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimType), out var id) ? id : null;
}
