using Federation.Host.Configuration;
using Federation.Host.Web;

namespace Federation.Host.Composition;

/// <summary>
/// Builds the one composition used by the web app, every CLI verb and the tests.
/// Configuration: config/federation.json (folder from FEDERATION_CONFIG, else next to the
/// binary), then environment variables (FEDERATION_DATA sets the data folder), then arguments.
/// </summary>
public static class FederationApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        Storage.ThreadPoolFloor.Raise();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            // Names the static web assets manifests (blazor.web.js) also when a test assembly is the entry point.
            ApplicationName = typeof(FederationApp).Assembly.GetName().Name,
        });
        // A build (not a publish) finds blazor.web.js through this manifest in any environment, not only Development.
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json")))
            builder.WebHost.UseStaticWebAssets();
        var configFolder = Environment.GetEnvironmentVariable("FEDERATION_CONFIG") ?? Path.Combine(AppContext.BaseDirectory, "config");
        var configFile = Path.Combine(configFolder, "federation.json");
        if (!File.Exists(configFile))
            throw new ConfigurationException($"No district configuration at {configFile} (set FEDERATION_CONFIG to its folder).");
        // Later sources win: the file, then FEDERATION_DATA, then what the caller (CLI, tests) sets.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = "federation.json",
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(configFolder),
            Optional = false,
        });
        if (Environment.GetEnvironmentVariable("FEDERATION_DATA") is { Length: > 0 } data)
            builder.Configuration["Storage:DataDirectory"] = data;
        configure?.Invoke(builder);
        builder.AddFederation();
        var app = builder.Build();
        // Plugins load at start-up, so their state is known (and logged) before the first request.
        app.Services.GetRequiredService<Plugins.PluginHost>();
        app.UseFederation();
        return app;
    }
}
