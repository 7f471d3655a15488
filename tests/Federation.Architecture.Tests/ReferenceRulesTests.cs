using System.Reflection;
using Federation.Platform.Modules;

namespace Federation.Architecture.Tests;

/// <summary>
/// The rules of the house, read from the compiled assemblies: modules reference only the host's
/// abstractions and other modules' contracts; contracts and plugins only the abstractions.
/// </summary>
public sealed class ReferenceRulesTests
{
    public static readonly string[] Modules =
        ["Federation.Membership", "Federation.Activities", "Federation.Board", "Federation.Studies", "Federation.Communications", "Federation.Elections"];

    public static TheoryData<string> ModuleNames => new(Modules);

    private static bool ModuleMayReference(string name) =>
        name is "Federation.Abstractions" or "Federation.Platform" || name.EndsWith(".Contracts", StringComparison.Ordinal);

    [Theory, MemberData(nameof(ModuleNames))]
    public void A_module_references_only_abstractions_platform_and_contracts(string module) =>
        AssemblyReferences.Violations(AssemblyReferences.Beside(module), ModuleMayReference).ShouldBeEmpty();

    [Theory, MemberData(nameof(ModuleNames))]
    public void A_modules_contracts_reference_only_the_abstractions(string module) =>
        AssemblyReferences.Violations(AssemblyReferences.Beside(module + ".Contracts"), r => r == "Federation.Abstractions").ShouldBeEmpty();

    [Fact]
    public void The_platform_references_only_the_abstractions() =>
        AssemblyReferences.Violations(AssemblyReferences.Beside("Federation.Platform"), r => r == "Federation.Abstractions").ShouldBeEmpty();

    [Fact]
    public void The_abstractions_depend_on_nothing_but_the_runtime() =>
        AssemblyReferences.Of(AssemblyReferences.Beside("Federation.Abstractions"))
            .ShouldAllBe(r => r == "System.Runtime" || r.StartsWith("System.", StringComparison.Ordinal) || r == "netstandard");

    [Fact]
    public void Plugins_reference_only_the_abstractions_and_carry_no_copy_of_them()
    {
        var plugins = Directory.GetDirectories(Path.Combine(AssemblyReferences.RepoRoot, "artifacts", "plugins"));
        plugins.Length.ShouldBe(3);
        foreach (var folder in plugins)
        {
            var dll = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
            AssemblyReferences.Violations(dll, r => r == "Federation.Abstractions").ShouldBeEmpty(folder);
            File.Exists(Path.Combine(folder, "Federation.Abstractions.dll")).ShouldBeFalse("the host shares its own copy");
        }
    }

    [Fact]
    public void The_checker_finds_a_real_violation()
    {
        // Studies consumes MemberJoined, so it references the membership contracts: a rule without them flags it.
        AssemblyReferences.Violations(AssemblyReferences.Beside("Federation.Studies"), r => r == "Federation.Platform")
            .ShouldContain("Federation.Membership.Contracts");
    }

    [Theory, MemberData(nameof(ModuleNames))]
    public void A_modules_domain_types_are_internal(string module)
    {
        var assembly = Assembly.Load(module);
        var publicTypes = assembly.GetExportedTypes()
            .Where(t => !typeof(FederationModule).IsAssignableFrom(t) && !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t))
            .Select(t => t.FullName).ToList();
        publicTypes.ShouldBeEmpty("only the module class and its pages are public");
    }

    [Theory, MemberData(nameof(ModuleNames))]
    public void A_module_handles_events_only_with_its_own_handlers_and_only_contract_events(string module)
    {
        var assembly = Assembly.Load(module);
        var manifest = ((FederationModule)Activator.CreateInstance(assembly.GetCustomAttribute<FederationModuleAttribute>()!.ModuleType)!).Manifest;
        foreach (var registration in manifest.Consumes)
        {
            registration.HandlerType.Assembly.ShouldBe(assembly);
            registration.EventType.Assembly.GetName().Name!.ShouldEndWith(".Contracts");
        }
    }
}
