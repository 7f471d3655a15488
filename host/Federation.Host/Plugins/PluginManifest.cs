using System.Text.Json;

namespace Federation.Host.Plugins;

/// <summary>A plugin's plugin.json: who it is and which contracts version it was built against.</summary>
public sealed record PluginManifest(string Id, string Name, string Version, string Assembly, string ContractsVersion)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every plugin.json one level below <paramref name="folder"/>, by id; unreadable ones are reported.</summary>
    public static (Dictionary<string, (PluginManifest Manifest, string Folder)> Found, List<string> Problems) Scan(string folder)
    {
        var found = new Dictionary<string, (PluginManifest, string)>();
        var problems = new List<string>();
        if (!Directory.Exists(folder)) return (found, problems);
        foreach (var file in Directory.EnumerateFiles(folder, "plugin.json", SearchOption.AllDirectories))
        {
            try
            {
                var manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(file), Json);
                if (manifest is null || string.IsNullOrWhiteSpace(manifest.Id) || string.IsNullOrWhiteSpace(manifest.Assembly))
                    throw new JsonException("id and assembly are required");
                found[manifest.Id] = (manifest, Path.GetDirectoryName(file)!);
            }
            catch (JsonException e)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }
        return (found, problems);
    }
}
