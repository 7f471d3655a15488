using Federation.Platform.Modules;

[assembly: FederationModule(typeof(Federation.Activities.ActivitiesModule))]

namespace Federation.Activities;

/// <summary>The Activities module (Verksamhet).</summary>
public sealed class ActivitiesModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: "activities",
        Name: new("Verksamhet", "Activities"),
        Consumes: [],
        Menu: []);
}
