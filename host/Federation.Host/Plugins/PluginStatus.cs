namespace Federation.Host.Plugins;

public enum PluginState
{
    Loaded,
    /// <summary>Configured, but no plugin.json with its id is in the plugins folder.</summary>
    Missing,
    /// <summary>Its assembly or an extension could not be loaded.</summary>
    Failed,
    /// <summary>Built against a contracts version this host does not offer.</summary>
    Incompatible,
    /// <summary>Loaded, then threw from a rule; out of service until restart.</summary>
    Faulted,
}

/// <summary>What the admin page, <c>/health</c> and <c>plugins list</c> show of a plugin.</summary>
public sealed record PluginStatus(
    string Id,
    string? Name,
    string? Version,
    string? ContractsVersion,
    PluginState State,
    string? Reason,
    IReadOnlyList<string> Extensions,
    IReadOnlyList<string> Associations);
