using Federation.Platform.Tenancy;

namespace Federation.Host.Configuration;

/// <summary>
/// The configured district and associations, checked against the modules and plugins this host knows.
/// Which modules each association enabled starts as configured; <see cref="Modules.ModuleSwitches"/> then
/// puts in the sets the district admin stored, and again after each change, so a change holds without a restart.
/// </summary>
public sealed class AssociationDirectory : IAssociationDirectory
{
    private sealed record Snapshot(IReadOnlyList<Association> All, Dictionary<string, Association> ById);

    private volatile Snapshot current;

    public AssociationDirectory(DistrictSettings settings, IReadOnlyCollection<string> knownModules)
    {
        if (string.IsNullOrWhiteSpace(settings.District.Id))
            throw new ConfigurationException("The configuration names no district (District:Id is empty).");
        var all = new List<Association> { Create(settings.District, isDistrict: true, settings, knownModules) };
        all.AddRange(settings.Associations.Select(a => Create(a, isDistrict: false, settings, knownModules)));
        var duplicate = all.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ConfigurationException($"Association id '{duplicate.Key}' is configured more than once.");
        Configured = all;
        current = new Snapshot(all, all.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The associations with the modules config/federation.json names.</summary>
    public IReadOnlyList<Association> Configured { get; }

    public IReadOnlyList<Association> All => current.All;

    public Association District => current.All[0];

    public Association? Find(string id) => current.ById.GetValueOrDefault(id);

    /// <summary>Replaces the enabled modules of the associations in <paramref name="stored"/>; the others keep the configured set.</summary>
    internal void Use(IReadOnlyDictionary<string, IReadOnlySet<string>> stored)
    {
        var all = Configured.Select(a => stored.TryGetValue(a.Id, out var modules) ? a with { Modules = modules } : a).ToList();
        current = new Snapshot(all, all.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase));
    }

    private static Association Create(
        AssociationSettings a, bool isDistrict, DistrictSettings settings, IReadOnlyCollection<string> knownModules)
    {
        if (string.IsNullOrWhiteSpace(a.Id) || !a.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new ConfigurationException(
                $"Association id '{a.Id}' is not valid: use lower-case letters, digits and '-'.");
        foreach (var module in a.Modules.Where(m => !knownModules.Contains(m)))
            throw new ConfigurationException(
                $"Association '{a.Id}' enables unknown module '{module}'. Known modules: {string.Join(", ", knownModules)}.");
        foreach (var plugin in a.Plugins.Where(p => !settings.Plugins.Known.Contains(p)))
            throw new ConfigurationException(
                $"Association '{a.Id}' names unknown plugin '{plugin}'. Known plugins: {string.Join(", ", settings.Plugins.Known)}.");
        return new Association(a.Id, string.IsNullOrWhiteSpace(a.Name) ? a.Id : a.Name, isDistrict,
            a.Modules.ToHashSet(), a.Plugins.ToList());
    }
}
