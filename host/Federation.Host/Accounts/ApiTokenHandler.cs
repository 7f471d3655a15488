using System.Text.Encodings.Web;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Federation.Host.Accounts;

/// <summary><c>Authorization: Bearer fed_…</c> for scripts and integrations.</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountService accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var quiet = Context.GetEndpoint()?.Metadata.GetMetadata<LeavesNoTraceAttribute>() is not null;
        var account = await accounts.FindByToken(header["Bearer ".Length..].Trim(), recordUse: !quiet, Context.RequestAborted);
        return account is null
            ? AuthenticateResult.Fail("Unknown, expired or revoked API token.")
            : AuthenticateResult.Success(new AuthenticationTicket(AccountService.Principal(account, SchemeName), SchemeName));
    }
}
