using Federation.Membership.Api;
using Federation.Membership.Domain;
using Federation.Membership.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

[assembly: FederationModule(typeof(Federation.Membership.MembershipModule))]

namespace Federation.Membership;

/// <summary>Membership (medlemsvård): the member register of each association.</summary>
public sealed class MembershipModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: MembershipDbContext.Module,
        Name: new("Medlemsvård", "Membership"),
        Consumes: [],
        Menu: [new("members", new("Medlemmar", "Members"), AssociationRole.Officer)]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<MembershipDbContext>(MembershipDbContext.Module);
        services.AddScoped<MemberRegister>();
    }

    public override void MapApi(IEndpointRouteBuilder association) => MembersApi.Map(association);

    public override Task SeedDemo(DemoSeed seed, CancellationToken cancellationToken) => DemoMembers.Seed(seed, cancellationToken);
}
