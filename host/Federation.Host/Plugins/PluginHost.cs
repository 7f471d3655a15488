using System.Reflection;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Federation.Platform.Tenancy;
using McMaster.NETCore.Plugins;

namespace Federation.Host.Plugins;

/// <summary>
/// Loads the district's plugins at start-up and answers rule questions through a guard.
/// Whatever goes wrong with a plugin — missing, unloadable, incompatible, throwing — is
/// recorded with its reason and logged; its associations fall back to defaults and every
/// other association is unaffected.
/// </summary>
public sealed class PluginHost : IPluginRules
{
    private readonly IAssociationDirectory directory;
    private readonly ILogger<PluginHost> logger;
    private readonly Dictionary<string, LoadedPlugin> plugins = new();

    public PluginHost(IAssociationDirectory directory, IEnumerable<string> knownPlugins, string folder, ILogger<PluginHost> logger)
    {
        this.directory = directory;
        this.logger = logger;
        Folder = folder;
        var (found, problems) = PluginManifest.Scan(folder);
        foreach (var problem in problems) logger.LogError("Unreadable plugin manifest {Problem}", problem);
        foreach (var id in knownPlugins)
            plugins[id] = Load(id, found.TryGetValue(id, out var hit) ? hit : null);
    }

    public string Folder { get; }

    public IReadOnlyList<PluginStatus> Statuses =>
        plugins.Values.Select(p => p.Status(directory)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

    public TResult Ask<TExtension, TResult>(string associationId, Func<IReadOnlyList<TExtension>, TResult?> ask, TResult fallback)
        where TExtension : class, IExtensionPoint
    {
        foreach (var pluginId in directory.Find(associationId)?.Plugins ?? [])
        {
            if (!plugins.TryGetValue(pluginId, out var plugin) || plugin.State != PluginState.Loaded) continue;
            var extensions = plugin.Extensions.OfType<TExtension>().ToList();
            if (extensions.Count == 0) continue;
            try
            {
                if (ask(extensions) is { } answer) return answer;
            }
            catch (Exception e)
            {
                plugin.Fault($"{typeof(TExtension).Name} threw {e.GetType().Name}: {e.Message}");
                logger.LogError(e, "Plugin {Plugin} threw from {ExtensionPoint}; association {Association} falls back to defaults",
                    pluginId, typeof(TExtension).Name, associationId);
            }
        }
        return fallback;
    }

    private LoadedPlugin Load(string id, (PluginManifest Manifest, string Folder)? found)
    {
        if (found is not { } hit)
            return Report(new LoadedPlugin(id, null, PluginState.Missing, $"No plugin.json with id '{id}' under {Folder}."));
        var manifest = hit.Manifest;
        if (!Version.TryParse(manifest.ContractsVersion, out var builtAgainst) || !PluginContract.IsCompatible(builtAgainst))
            return Report(new LoadedPlugin(id, manifest, PluginState.Incompatible,
                $"Built against contracts {manifest.ContractsVersion}; this host offers {PluginContract.Version}."));
        try
        {
            var path = Path.Combine(hit.Folder, manifest.Assembly);
            // Only the abstractions (and the framework) come from the host, so the extension points a
            // plugin implements are the host's own types; everything else it ships loads into its own context.
            var assembly = PluginLoader.CreateFromAssemblyFile(path, sharedTypes: [typeof(IExtensionPoint)]).LoadDefaultAssembly();
            var extensions = assembly.GetExportedTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IExtensionPoint).IsAssignableFrom(t))
                .Select(t => (IExtensionPoint)Activator.CreateInstance(t)!)
                .ToList();
            logger.LogInformation("Loaded plugin {Plugin} {Version} with {Count} extensions", id, manifest.Version, extensions.Count);
            return new LoadedPlugin(id, manifest, PluginState.Loaded, null) { Extensions = extensions };
        }
        // The loader's AssemblyDependencyResolver throws InvalidOperationException for a missing assembly or a broken .deps.json.
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException or TargetInvocationException
                                      or MissingMethodException or TypeLoadException or ReflectionTypeLoadException)
        {
            return Report(new LoadedPlugin(id, manifest, PluginState.Failed, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private LoadedPlugin Report(LoadedPlugin plugin)
    {
        logger.LogError("Plugin {Plugin} is {State}: {Reason}. Its associations run on defaults.", plugin.Id, plugin.State, plugin.Reason);
        return plugin;
    }

    private sealed class LoadedPlugin(string id, PluginManifest? manifest, PluginState state, string? reason)
    {
        private readonly Lock gate = new();

        public string Id { get; } = id;
        public PluginState State { get; private set; } = state;
        public string? Reason { get; private set; } = reason;
        public IReadOnlyList<IExtensionPoint> Extensions { get; init; } = [];

        public void Fault(string why)
        {
            lock (gate)
            {
                if (State != PluginState.Loaded) return;
                State = PluginState.Faulted;
                Reason = why;
            }
        }

        public PluginStatus Status(IAssociationDirectory directory) => new(
            Id, manifest?.Name, manifest?.Version, manifest?.ContractsVersion, State, Reason,
            Extensions.Select(e => e.GetType().Name).ToList(),
            directory.All.Where(a => a.Plugins.Contains(Id)).Select(a => a.Id).ToList());
    }
}
