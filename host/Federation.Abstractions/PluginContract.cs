namespace Federation;

/// <summary>
/// The version of the extension points in this assembly. A plugin records the version it was
/// built against in its plugin.json; the host loads it when the major versions are equal and
/// the plugin's minor version is not newer than the host's.
/// </summary>
public static class PluginContract
{
    public static readonly Version Version = new(1, 5);

    public static bool IsCompatible(Version builtAgainst) =>
        builtAgainst.Major == Version.Major && builtAgainst.Minor <= Version.Minor;
}
