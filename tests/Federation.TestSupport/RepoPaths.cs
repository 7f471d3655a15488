namespace Federation.TestSupport;

/// <summary>Where the repository is, found from the test binaries (walks up to the folder holding Federation.sln).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Federation.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Federation.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The folder holding Federation.sln.</summary>
    public static string Root => root.Value;

    /// <summary>The district configuration folder (config/federation.json).</summary>
    public static string Config => Path.Combine(Root, "config");

    /// <summary>The five activity plans the product comes from (docs/seeds/, copied from the design papers).</summary>
    public static string Seeds => Path.Combine(Root, "docs", "seeds");

    /// <summary>Where the plugin projects build to (artifacts/plugins/&lt;project&gt;/).</summary>
    public static string Plugins => Path.Combine(Root, "artifacts", "plugins");
}
