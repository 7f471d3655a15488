using Federation.Host.Accounts;
using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Host.Plugins;
using Federation.Host.Storage;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;

namespace Federation.Host.Web.Api;

/// <summary>The host's own endpoints: health, the association directory, district administration, language, sign-out.</summary>
public static class HostApi
{
    public static void MapHostApi(this WebApplication app)
    {
        app.MapGet("/health", Health).AllowAnonymous().WithTags("host");

        app.MapGet("/api/associations", (IAssociationDirectory directory) =>
            directory.All.Select(AssociationInfo.From)).AllowAnonymous().WithTags("host");

        var admin = app.MapGroup("/api/admin").RequireAuthorization(AccountsRegistration.DistrictAdminPolicy).WithTags("admin");
        admin.MapGet("/plugins", (PluginHost plugins) => plugins.Statuses);
        admin.MapGet("/dead-letters", async (DeadLetters letters, CancellationToken ct) => await letters.Pending(ct));
        admin.MapPost("/dead-letters/{id:guid}/retry", async (Guid id, DeadLetters letters, CancellationToken ct) =>
            await letters.Retry(id, ct) ? Results.NoContent() : Results.NotFound());
        admin.MapGet("/associations/{id}/modules", async (string id, ModuleSwitches switches, CancellationToken ct) =>
        {
            try { return Results.Ok(await switches.Of(id, ct)); }
            catch (KeyNotFoundException e) { return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound); }
        });
        admin.MapPut("/associations/{id}/modules/{module}", SwitchModule);

        app.MapPost("/culture", async (HttpContext http, AccountService accounts) =>
        {
            if (FormRefused(http) is { } refused) return refused;
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var culture = form["culture"].ToString();
            if (!FederationWeb.Cultures.Contains(culture))
                return Results.Problem($"Unknown culture '{culture}'. Use {string.Join(" or ", FederationWeb.Cultures)}.", statusCode: StatusCodes.Status400BadRequest);
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            // Remembered with the account too, so the next sign-in (on any device) starts in that language.
            if (http.User.FindFirstValue(ClaimTypes.Email) is { } email)
                await accounts.SetPreferredCulture(email, culture[..2], http.RequestAborted);
            return Results.LocalRedirect(SafeReturn(form["returnUrl"]));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();

        app.MapPost("/signout", async (HttpContext http, Sessions sessions) =>
        {
            if (FormRefused(http) is { } refused) return refused;
            await sessions.SignOut(http);
            return Results.LocalRedirect("/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }

    /// <summary>Turns one module on or off for one association (<c>{ "enabled": false }</c>); the answer is the association's modules after it.</summary>
    private static async Task<IResult> SwitchModule(string id, string module, ModuleState state, HttpContext http, ModuleSwitches switches,
        IAssociationDirectory directory, CancellationToken ct)
    {
        if (directory.Find(id) is not { } association) return Results.Problem($"Unknown association '{id}'.", statusCode: StatusCodes.Status404NotFound);
        var modules = association.Modules.Where(m => m != module).ToHashSet();
        if (state.Enabled) modules.Add(module);
        try { await switches.Set(association.Id, modules, Guid.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!), ct); }
        catch (ArgumentException e) { return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound); }
        return Results.Ok(await switches.Of(association.Id, ct));
    }

    /// <summary>A 400 naming the reason when the form's antiforgery token is missing or wrong (checked by the antiforgery middleware).</summary>
    private static IResult? FormRefused(HttpContext http) =>
        http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            ? Results.Problem("The form's antiforgery token is missing or invalid; reload the page and send the form again.",
                statusCode: StatusCodes.Status400BadRequest)
            : null;

    /// <summary>Only local paths: an open redirect would let a link send a person anywhere.</summary>
    public static string SafeReturn(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";

    private static async Task<IResult> Health(StorageOptions storage, MessageQueues queues, PluginHost plugins, Operations.BackupStatus backups, CancellationToken ct)
    {
        var database = await CanConnect(storage, ct);
        var bus = database ? await queues.Health(ct) : new MessageHealth("unhealthy", "the database cannot be reached", 0, 0);
        var pluginStatuses = plugins.Statuses;
        var backup = backups.Last();
        var status = !database || bus.Status == "unhealthy" ? "unhealthy"
            : pluginStatuses.Any(p => p.State != PluginState.Loaded) || bus.Status == "degraded" || !backup.Recent ? "degraded"
            : "healthy";
        return Results.Json(new
        {
            status,
            database = new { status = database ? "healthy" : "unhealthy", provider = storage.Provider },
            bus = new { status = bus.Status, description = bus.Description, waiting = bus.Waiting, deadLetters = bus.DeadLetters },
            plugins = pluginStatuses.Select(p => new { id = p.Id, status = p.State == PluginState.Loaded ? "healthy" : "degraded", state = p.State.ToString().ToLowerInvariant(), reason = p.Reason }),
            backup = new { status = backup.Recent ? "healthy" : "degraded", description = backup.Description, at = backup.At },
        }, statusCode: status == "unhealthy" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }

    /// <summary>A plain connection rather than EF Core, so the first health check does not wait for the modules' models.</summary>
    private static async Task<bool> CanConnect(StorageOptions storage, CancellationToken ct)
    {
        try
        {
            await using var connection = await storage.OpenConnection(ct);
            return true;
        }
        catch (System.Data.Common.DbException)
        {
            return false;
        }
    }
}

/// <summary>The body of <c>PUT /api/admin/associations/{id}/modules/{module}</c>.</summary>
public sealed record ModuleState(bool Enabled);

/// <summary>An association as the directory API shows it.</summary>
public sealed record AssociationInfo(string Id, string Name, bool IsDistrict, IReadOnlyList<string> Modules, IReadOnlyList<string> Plugins)
{
    public static AssociationInfo From(Association a) =>
        new(a.Id, a.Name, a.IsDistrict, a.Modules.Order().ToList(), a.Plugins);
}
