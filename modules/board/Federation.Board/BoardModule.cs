using Federation.Platform.Modules;

[assembly: FederationModule(typeof(Federation.Board.BoardModule))]

namespace Federation.Board;

/// <summary>The Board work module (Styrelsearbete).</summary>
public sealed class BoardModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: "board",
        Name: new("Styrelsearbete", "Board work"),
        Consumes: [],
        Menu: []);
}
