using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Federation.Architecture.Tests;

/// <summary>Reads what a compiled assembly references, from the file, without loading it.</summary>
public static class AssemblyReferences
{
    public static IReadOnlyList<string> Of(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

    /// <summary>The product's own references (Federation.*) that <paramref name="allowed"/> does not permit.</summary>
    public static IReadOnlyList<string> Violations(string path, Func<string, bool> allowed) =>
        Of(path).Where(r => r.StartsWith("Federation.", StringComparison.Ordinal) && !allowed(r)).ToList();

    public static string Beside(string assemblyName) => Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Federation.sln"))) return dir.FullName;
        throw new InvalidOperationException("Federation.sln not found");
    }
}
