using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Federation.Studies.Api;
using Federation.Studies.Domain;
using Federation.Studies.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

[assembly: FederationModule(typeof(Federation.Studies.StudiesModule))]

namespace Federation.Studies;

/// <summary>Studies (studier): courses, sessions and the tips new members get.</summary>
public sealed class StudiesModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: StudiesDbContext.Module,
        Name: new("Studier", "Studies"),
        Consumes: [EventHandlerRegistration.Handle<MemberJoined, SuggestNewMemberCourse>()],
        Menu: [new("studies", new("Studier", "Studies"), AssociationRole.Officer)]);

    public override void ConfigureServices(IServiceCollection services) =>
        services.AddModuleDbContext<StudiesDbContext>(StudiesDbContext.Module);

    public override void MapApi(IEndpointRouteBuilder association) => StudiesApi.Map(association);
}
