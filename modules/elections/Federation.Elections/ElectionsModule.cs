using System.CommandLine;
using Federation.Platform.Modules;

[assembly: FederationModule(typeof(Federation.Elections.ElectionsModule))]

namespace Federation.Elections;

/// <summary>The Elections module (Val).</summary>
public sealed class ElectionsModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: "elections",
        Name: new("Val", "Elections"),
        Consumes: [],
        Menu: []);

    public override IEnumerable<Command> Commands(Func<IServiceProvider> services) => [ElectionsCli.Create()];
}
