using Federation.Activities.Contracts;
using Federation.Board.Api;
using Federation.Board.Contracts;
using Federation.Board.Domain;
using Federation.Board.Handlers;
using Federation.Board.Storage;
using Federation.Elections.Contracts;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: FederationModule(typeof(Federation.Board.BoardModule))]

namespace Federation.Board;

/// <summary>The Board work module (Styrelsearbete): the activity plan and its follow-up, the board, meetings and speaker statistics.</summary>
public sealed class BoardModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: BoardDbContext.Module,
        Name: new("Styrelsearbete", "Board work"),
        Consumes:
        [
            EventHandlerRegistration.Handle<ActivityHeld, ActivityHeldHandler>(),
            EventHandlerRegistration.Handle<AttendanceRecorded, AttendanceRecordedHandler>(),
            EventHandlerRegistration.Handle<ActivityScheduled, ActivityScheduledHandler>(),
            EventHandlerRegistration.Handle<ActivityChanged, ActivityChangedHandler>(),
            EventHandlerRegistration.Handle<ActivityCancelled, ActivityCancelledHandler>(),
            EventHandlerRegistration.Handle<ElectionConcluded, ElectionConcludedHandler>(),
            EventHandlerRegistration.Handle<MemberErased, MemberErasedHandler>(),
            EventHandlerRegistration.Handle<AccountErased, AccountErasedHandler>(),
        ],
        Menu:
        [
            new("plan", new("Verksamhetsplan", "Activity plan")),
            new("board", new("Styrelsen", "The board")),
            new("board/introductions", new("Introduktionssamtal", "Introduction talks"), AssociationRole.Board),
            new("board/mentors", new("Mentorer", "Mentors"), AssociationRole.Board),
            new("board/municipal-groups", new("Kommunala grupper", "Municipal groups"), AssociationRole.Board),
            new("meetings", new("Möten och talarstatistik", "Meetings and speaker statistics"), AssociationRole.Officer),
            // The district's staff see every association here; an association's board sees its own row.
            new("compliance", new("Distriktets uppföljning", "District compliance"), AssociationRole.Board),
        ]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<BoardDbContext>(BoardDbContext.Module);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<PlanService>();
        services.AddScoped<MeasuredElsewhere>();
        services.AddScoped<PlanReader>();
        services.AddScoped<BoardComposition>();
        services.AddScoped<IntroductionTalks>();
        services.AddScoped<Mentoring>();
        services.AddScoped<MunicipalGroups>();
        services.AddScoped<IPersonalItems, PersonalBoardTasks>();
        services.AddScoped<SpeakerStatisticsService>();
        services.AddScoped<SpeakerListService>();
        services.AddSingleton<SpeakerLive>();
        services.AddSingleton<SpeakerBoardRenderer>();
        services.AddScoped<MinutesService>();
        services.AddScoped<ComplianceService>();
        services.AddScoped<AnnualReports>();
        services.AddScoped<HtmlRenderer>();
        services.AddScoped<ProtocolRenderer>();
        services.AddScoped<IMemberDataExport, BoardDataExport>();
        // Other modules resolve the officials optionally: absent where the association has board work off.
        services.AddScoped<IElectedOfficials>(sp =>
            sp.GetRequiredService<AssociationContext>().Current?.Enables(BoardDbContext.Module) == true
                ? ActivatorUtilities.CreateInstance<ElectedOfficialsList>(sp) : null!);
    }

    public override void MapApi(IEndpointRouteBuilder association)
    {
        PlansApi.Map(association);
        BoardApi.Map(association);
        MunicipalGroupsApi.Map(association);
        MeetingsApi.Map(association);
        MinutesApi.Map(association);
        ComplianceApi.Map(association);
    }

    public override Task SeedDemo(DemoSeed seed, CancellationToken cancellationToken) => DemoBoard.Seed(seed, cancellationToken);
}
