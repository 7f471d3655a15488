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

    /// <summary>Adds the module's part of the demo district for one association (its scope is already in that association).</summary>
    public virtual Task SeedDemo(DemoSeed seed, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>CLI verbs the module adds to the host binary (same composition as the web app).</summary>
    public virtual IEnumerable<Command> Commands(Func<IServiceProvider> services) => [];
}

/// <summary>What a module needs to add demo data: the association, its scoped services, a fixed seed, "today".</summary>
public sealed record DemoSeed(Tenancy.Association Association, IServiceProvider Services, int RandomSeed, DateOnly Today);

[AttributeUsage(AttributeTargets.Assembly)]
public sealed class FederationModuleAttribute(Type moduleType) : Attribute
{
    public Type ModuleType { get; } = moduleType;
}
