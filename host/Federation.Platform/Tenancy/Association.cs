namespace Federation.Platform.Tenancy;

/// <summary>An association (partiförening) or the district, as configured.</summary>
public sealed record Association(
    string Id,
    string Name,
    bool IsDistrict,
    IReadOnlySet<string> Modules,
    IReadOnlyList<string> Plugins)
{
    public bool Enables(string moduleId) => Modules.Contains(moduleId);
}

/// <summary>The configured district and its associations.</summary>
public interface IAssociationDirectory
{
    IReadOnlyList<Association> All { get; }

    Association District { get; }

    Association? Find(string id);
}
