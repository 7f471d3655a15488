using System.Reflection;
using System.Text.Json;
using Federation.Extensions;

namespace Federation.Plugins.Tests;

/// <summary>What the host's loader relies on, checked for every plugin.</summary>
public class PluginConformanceTests
{
    private static readonly Dictionary<string, Assembly> Plugins = new()
    {
        ["Solna"] = typeof(Solna.Plan2024).Assembly,
        ["AlvsjoHagersten"] = typeof(AlvsjoHagersten.MemberActivity15thRule).Assembly,
        ["Storstockholm"] = typeof(Storstockholm.Plan2023To2025).Assembly,
    };

    public static TheoryData<string> PluginFolders => new(Plugins.Keys);

    private static IEnumerable<Type> ExtensionTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IExtensionPoint).IsAssignableFrom(t));

    private static IEnumerable<object> Extensions(Assembly assembly) =>
        ExtensionTypes(assembly).Select(t => Activator.CreateInstance(t)!);

    [Theory, MemberData(nameof(PluginFolders))]
    public void Every_public_type_is_an_extension_with_a_parameterless_constructor(string folder)
    {
        var assembly = Plugins[folder];

        ExtensionTypes(assembly).ShouldNotBeEmpty();
        assembly.GetExportedTypes().ShouldBe(ExtensionTypes(assembly), ignoreOrder: true);
        ExtensionTypes(assembly).ShouldAllBe(t => t.GetConstructor(Type.EmptyTypes) != null);
        Extensions(assembly).Count().ShouldBe(ExtensionTypes(assembly).Count());
    }

    [Theory, MemberData(nameof(PluginFolders))]
    public void References_only_the_abstractions_and_the_framework(string folder)
    {
        var references = Plugins[folder].GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldContain("Federation.Abstractions");
        references.ShouldAllBe(n => n == "Federation.Abstractions" || n == "System" || n.StartsWith("System."));
    }

    [Theory, MemberData(nameof(PluginFolders))]
    public void Manifest_names_the_assembly_and_a_compatible_contract(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "plugins", folder, "plugin.json")));
        var root = manifest.RootElement;

        root.GetProperty("assembly").GetString().ShouldBe(Plugins[folder].GetName().Name + ".dll");
        PluginContract.IsCompatible(Version.Parse(root.GetProperty("contractsVersion").GetString()!)).ShouldBeTrue();
    }

    [Theory, MemberData(nameof(PluginFolders))]
    public void Plan_targets_are_well_formed(string folder)
    {
        var plugin = Extensions(Plugins[folder]).ToList();
        var ruleIds = plugin.OfType<IRecurrenceRule>().Select(r => "rule:" + r.Id).ToHashSet();
        var boardFunctions = typeof(BoardFunctions).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        foreach (var plan in plugin.OfType<IActivityPlanTemplate>())
        {
            plan.FirstYear.ShouldBeLessThanOrEqualTo(plan.LastYear);
            plan.Pillars.ShouldNotBeEmpty();
            plan.Pillars.SelectMany(p => p.Goals).ShouldAllBe(g => g.Text.Length > 0);
            foreach (var target in plan.Targets())
            {
                target.Quantity.ShouldBeGreaterThan(0, target.Text);
                target.Subject.ShouldNotBeNullOrWhiteSpace(target.Text);
                if (target.Kind == TargetKind.Share)
                    target.Quantity.ShouldBeLessThanOrEqualTo(100, target.Text);
                if (target.Kind == TargetKind.Presence)
                    boardFunctions.ShouldContain(target.Subject!);
                if (target.Subject!.StartsWith("rule:"))
                    ruleIds.ShouldContain(target.Subject, $"{target.Text}: the rule must ship in the same plugin");
            }
        }
    }

    [Fact]
    public void Recurrence_rule_ids_are_unique_across_plugins()
    {
        var ids = Plugins.Values.SelectMany(Extensions).OfType<IRecurrenceRule>().Select(r => r.Id).ToList();

        ids.ShouldBeUnique();
        ids.ShouldBe(["vansterpizza", "red-saturday", "member-activity-15th"], ignoreOrder: true);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Federation.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Federation.sln not found above the test output");
    }
}
