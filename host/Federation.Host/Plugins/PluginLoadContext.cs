using System.Reflection;
using System.Runtime.Loader;

namespace Federation.Host.Plugins;

/// <summary>
/// One plugin's assemblies. The abstractions and the framework come from the host, so the
/// extension-point types a plugin implements are the very types the host calls; everything
/// else the plugin ships (its private dependencies) is resolved from its own folder.
/// </summary>
internal sealed class PluginLoadContext(string pluginId, string mainAssemblyPath)
    : AssemblyLoadContext($"plugin:{pluginId}")
{
    private static readonly string SharedAssembly = typeof(PluginContract).Assembly.GetName().Name!;
    private static readonly HashSet<string> FrameworkAssemblies = ReadFrameworkAssemblies();

    private readonly AssemblyDependencyResolver resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name == SharedAssembly || FrameworkAssemblies.Contains(name.Name!)) return null;
        var path = resolver.ResolveAssemblyToPath(name);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    /// <summary>Assemblies of the shared frameworks (…/dotnet/shared/…), not the host's app-local packages.</summary>
    private static HashSet<string> ReadFrameworkAssemblies()
    {
        var sharedRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!;
        var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator);
        return tpa.Where(p => p.StartsWith(sharedRoot, StringComparison.Ordinal))
                  .Select(Path.GetFileNameWithoutExtension)
                  .ToHashSet(StringComparer.OrdinalIgnoreCase)!;
    }
}
