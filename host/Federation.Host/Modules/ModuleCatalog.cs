using System.Reflection;
using Federation.Platform.Modules;

namespace Federation.Host.Modules;

/// <summary>
/// The modules this host was built with: every assembly beside the host that carries
/// <see cref="FederationModuleAttribute"/>. Plugins live in their own folder and are never scanned here.
/// </summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<FederationModule> modules)
    {
        Modules = modules.OrderBy(m => m.Manifest.Id, StringComparer.Ordinal).ToList();
        var duplicate = Modules.GroupBy(m => m.Manifest.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two modules declare the id '{duplicate.Key}'.");
    }

    public IReadOnlyList<FederationModule> Modules { get; }

    public IReadOnlyCollection<string> Ids => Modules.Select(m => m.Manifest.Id).ToList();

    public IEnumerable<Assembly> Assemblies => Modules.Select(m => m.GetType().Assembly);

    /// <summary>The module whose assembly defines <paramref name="type"/>, if any.</summary>
    public FederationModule? OwnerOf(Type type) => Modules.FirstOrDefault(m => m.GetType().Assembly == type.Assembly);

    public static ModuleCatalog Discover()
    {
        var modules = new List<FederationModule>();
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "Federation.*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name.EndsWith(".Contracts", StringComparison.Ordinal) || name.EndsWith(".Tests", StringComparison.Ordinal)) continue;
            var assembly = Assembly.Load(new AssemblyName(name));
            if (assembly.GetCustomAttribute<FederationModuleAttribute>() is { } attribute)
                modules.Add((FederationModule)Activator.CreateInstance(attribute.ModuleType)!);
        }
        return new ModuleCatalog(modules);
    }
}
