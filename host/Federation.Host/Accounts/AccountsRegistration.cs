using Federation.Host.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Federation.Host.Accounts;

public static class AccountsRegistration
{
    public const string DistrictAdminPolicy = "district-admin";
    private const string SelectScheme = "federation";

    /// <summary>Cookie sign-in for people, bearer tokens for scripts; API calls get 401/403, never a redirect.</summary>
    public static void AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddScoped<AccountService>();
        services.AddScoped<IMemberLinks, MemberLinks>();
        services.AddScoped<Sessions>();
        services.AddScoped<PasswordLinks>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();

        services.AddAuthentication(SelectScheme)
            .AddPolicyScheme(SelectScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/signin";
                o.AccessDeniedPath = "/forbidden";
                o.Cookie.Name = "federation";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = Sessions.Validate;
                o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(DistrictAdminPolicy, p => p.RequireAssertion(c => c.User.HasDistrictRole(DistrictRole.Admin)));
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
