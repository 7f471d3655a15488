namespace Federation.Host.Configuration;

/// <summary>The district's configuration (config/federation.json): who exists, what each enables.</summary>
public sealed class DistrictSettings
{
    public AssociationSettings District { get; set; } = new();

    public List<AssociationSettings> Associations { get; set; } = [];

    public PluginSettings Plugins { get; set; } = new();
}

public sealed class AssociationSettings
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Modules { get; set; } = [];
    public List<string> Plugins { get; set; } = [];
}

public sealed class PluginSettings
{
    /// <summary>Where plugin folders are; relative paths are relative to the host's folder.</summary>
    public string Folder { get; set; } = "plugins";

    /// <summary>The plugins this district knows of; associations may only name these.</summary>
    public List<string> Known { get; set; } = [];
}

/// <summary>The configuration is wrong in a way that must stop start-up.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
