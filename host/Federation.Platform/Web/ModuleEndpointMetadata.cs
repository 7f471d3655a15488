namespace Federation.Platform.Web;

/// <summary>Marks an endpoint as belonging to a module, so it answers 404 where the module is off.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);
