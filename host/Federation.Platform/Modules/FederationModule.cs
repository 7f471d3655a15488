using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Platform.Modules;

/// <summary>
/// A module compiled into the product. The host finds it through
/// <see cref="FederationModuleAttribute"/> on its assembly, registers its services, maps its
/// API under <c>/api/associations/{association}/</c>, adds its pages (routable components in
/// the module assembly, under <c>/a/{association}/</c>) and wires its event handlers.
/// </summary>
public abstract class FederationModule
{
    public abstract ModuleManifest Manifest { get; }

    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>Map the module's API; the group is already scoped to one association.</summary>
    public virtual void MapApi(IEndpointRouteBuilder association) { }

    /// <summary>CLI verbs the module adds to the host binary (same composition as the web app).</summary>
    public virtual IEnumerable<Command> Commands(Func<IServiceProvider> services) => [];
}

[AttributeUsage(AttributeTargets.Assembly)]
public sealed class FederationModuleAttribute(Type moduleType) : Attribute
{
    public Type ModuleType { get; } = moduleType;
}
