using Federation.Board.Contracts;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Federation.Studies.Api;
using Federation.Studies.Contracts;
using Federation.Studies.Demo;
using Federation.Studies.Domain;
using Federation.Studies.Handlers;
using Federation.Studies.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: FederationModule(typeof(Federation.Studies.StudiesModule))]

namespace Federation.Studies;

/// <summary>
/// Studies (studier): the course catalogue (the association's and the district's), occasions with sign-ups, a
/// waiting list, attendance and completions; study circles checked against ABF's rules; required training for board
/// roles; and the course tip new members get.
/// </summary>
public sealed class StudiesModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: StudiesDbContext.Module,
        Name: new("Studier", "Studies"),
        Consumes:
        [
            EventHandlerRegistration.Handle<MemberJoined, SuggestNewMemberCourse>(),
            EventHandlerRegistration.Handle<BoardRoleAssigned, BoardRoleHandlers>(),
            EventHandlerRegistration.Handle<BoardRoleEnded, BoardRoleHandlers>(),
            EventHandlerRegistration.Handle<MemberErased, MemberErasedHandler>(),
        ],
        Menu:
        [
            new("studies", new("Studier", "Studies")),
            new("studies/mine", new("Mina kurser", "My courses")),
            new("studies/circles", new("Studiecirklar", "Study circles"), AssociationRole.Officer),
            new("studies/compliance", new("Utbildningskrav", "Required training"), AssociationRole.Officer),
        ]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<StudiesDbContext>(StudiesDbContext.Module);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Members>();
        services.AddScoped<Catalogue>();
        services.AddScoped<Enrolment>();
        services.AddScoped<Circles>();
        services.AddScoped<Compliance>();
        services.AddScoped<MyStudies>();
        services.AddScoped<IMemberDataExport, StudiesDataExport>();
        // Resolved optionally by other modules: absent (null) where the current association has studies off.
        services.AddScoped<IStudyStatistics>(sp =>
            sp.GetRequiredService<AssociationContext>().Current?.Enables(StudiesDbContext.Module) == true
                ? ActivatorUtilities.CreateInstance<StudyStatistics>(sp) : null!);
    }

    public override void MapApi(IEndpointRouteBuilder association) => StudiesApi.Map(association);

    public override Task SeedDemo(DemoSeed seed, CancellationToken cancellationToken) => DemoStudies.Seed(seed, cancellationToken);
}
