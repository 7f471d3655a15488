using System.CommandLine;
using Federation.Elections.Api;
using Federation.Elections.Domain;
using Federation.Elections.Conclusion;
using Federation.Elections.Storage;
using Federation.Elections.Voting;
using Federation.Elections.Roll;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

[assembly: FederationModule(typeof(Federation.Elections.ElectionsModule))]

namespace Federation.Elections;

/// <summary>The Elections module (Val): meetings, nominations, ballots, counting, gender rules, protocols.</summary>
public sealed class ElectionsModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: ElectionsDbContext.Module,
        Name: new("Val", "Elections"),
        Consumes:
        [
            EventHandlerRegistration.Handle<MemberErased, MemberErasedHandler>(),
            EventHandlerRegistration.Handle<AccountErased, AccountErasedHandler>(),
        ],
        Menu: [new("elections", new("Val", "Elections"), AssociationRole.Member)]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<ElectionsDbContext>(ElectionsDbContext.Module);
        services.AddHttpContextAccessor();
        services.AddScoped<Actor>();
        services.AddScoped<VotingRoll>();
        services.AddScoped<IMemberDataExport, ElectionsDataExport>();
        services.AddScoped<ElectionOffice>();
        services.AddScoped<BallotBox>();
        services.AddScoped<ElectionCount>();
        services.AddScoped<ProtocolWriter>();
        services.AddScoped(sp => new HtmlRenderer(sp, sp.GetRequiredService<ILoggerFactory>()));
    }

    public override void MapApi(IEndpointRouteBuilder association) => ElectionsApi.Map(association);

    public override Task SeedDemo(DemoSeed seed, CancellationToken cancellationToken) => DemoElections.Seed(seed, cancellationToken);

    public override IEnumerable<Command> Commands(Func<IServiceProvider> services) => [ElectionsCli.Create()];
}
