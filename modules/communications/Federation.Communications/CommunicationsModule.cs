using Federation.Platform.Modules;

[assembly: FederationModule(typeof(Federation.Communications.CommunicationsModule))]

namespace Federation.Communications;

/// <summary>The Communications module (Kommunikation).</summary>
public sealed class CommunicationsModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: "communications",
        Name: new("Kommunikation", "Communications"),
        Consumes: [],
        Menu: []);
}
