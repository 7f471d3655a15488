using Federation.Platform.Tenancy;

namespace Federation.Host.Configuration;

/// <summary>The configured district and associations, checked against the modules and plugins this host knows.</summary>
public sealed class AssociationDirectory : IAssociationDirectory
{
    private readonly Dictionary<string, Association> byId;

    public AssociationDirectory(DistrictSettings settings, IReadOnlyCollection<string> knownModules)
    {
        if (string.IsNullOrWhiteSpace(settings.District.Id))
            throw new ConfigurationException("The configuration names no district (District:Id is empty).");
        var all = new List<Association> { Create(settings.District, isDistrict: true, settings, knownModules) };
        all.AddRange(settings.Associations.Select(a => Create(a, isDistrict: false, settings, knownModules)));
        var duplicate = all.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ConfigurationException($"Association id '{duplicate.Key}' is configured more than once.");
        All = all;
        District = all[0];
        byId = all.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Association> All { get; }

    public Association District { get; }

    public Association? Find(string id) => byId.GetValueOrDefault(id);

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
