using Federation.Host.Accounts;
using Federation.Host.Modules;
using Federation.Host.Web.Api;
using Federation.Platform.Web;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;

namespace Federation.Host.Web;

public static class FederationWeb
{
    public static readonly string[] Cultures = ["sv-SE", "en-GB"];

    public static void AddFederationWeb(this IServiceCollection services, ModuleCatalog catalog)
    {
        // Swedish text stays readable in the HTML (å, ä, ö are not escaped).
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery();
        services.AddLocalization();
        services.AddOpenApi();
        services.AddProblemDetails();
        BadRequestProblems.AddBadRequestProblems(services);
    }

    /// <summary>The request pipeline: proxies, security headers, culture, static files, routing, who you are, which association, what you may do.</summary>
    public static void UseFederation(this WebApplication app)
    {
        app.UseKnownProxies();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseApiCookieGuard();
        app.UseMiddleware<AssociationRouteMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi();
        app.MapHostApi();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var association = app.MapGroup("/api/associations/{association}");
        foreach (var module in catalog.Modules)
        {
            var group = association.MapGroup("").WithMetadata(new ModuleEndpointMetadata(module.Manifest.Id))
                .WithTags(module.Manifest.Id);
            module.MapApi(group);
        }
        app.MapRazorComponents<App>().AddAdditionalAssemblies([.. catalog.Assemblies]);
    }
}
