using Federation.Activities.Api;
using Federation.Activities.Contracts;
using Federation.Activities.Demo;
using Federation.Activities.Domain;
using Federation.Activities.Fund;
using Federation.Activities.ICal;
using Federation.Activities.Storage;
using Federation.Activities.Views;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

[assembly: FederationModule(typeof(Federation.Activities.ActivitiesModule))]

namespace Federation.Activities;

/// <summary>The Activities module (Verksamhet): the calendar of meetings, outreach and social events.</summary>
public sealed class ActivitiesModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: ActivitiesDbContext.Module,
        Name: new("Verksamhet", "Activities"),
        Consumes:
        [
            EventHandlerRegistration.Handle<MemberErased, MemberErasedHandler>(),
            EventHandlerRegistration.Handle<AccountErased, Fund.AccountErasedHandler>(),
        ],
        Menu:
        [
            new("activities", new("Kalender", "Calendar")),
            new("activities/year-wheel", new("Årshjul", "Year wheel")),
            new("activities/series", new("Återkommande", "Recurring"), AssociationRole.Officer),
            new("activities/follow-up", new("Uppföljning", "Follow-up"), AssociationRole.Officer),
            new("activities/feeds", new("Prenumerera", "Subscribe")),
            new("activities/fund", new("Aktivitetsfond", "Activity fund"), AssociationRole.Board),
            new("activities/activists", new("Aktivistnätverket", "Activist network")),
        ]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<ActivitiesDbContext>(ActivitiesDbContext.Module);
        services.AddScoped<Recurrence>();
        services.AddScoped<PriorityAreaList>();
        services.AddScoped<CalendarCopies>();
        services.AddScoped<Calendar>();
        services.AddScoped<CalendarQuery>();
        services.AddScoped<SeriesPlanner>();
        services.AddScoped<SignUps>();
        services.AddScoped<Members>();
        services.AddScoped<OfficialsReport>();
        services.AddScoped<Officials>();
        services.AddScoped<PriorityReport>();
        services.AddScoped<ActivityFund>();
        services.AddScoped<Feeds>();
        services.AddScoped<IMemberDataExport, ActivitiesDataExport>();
        services.AddScoped<DistrictCalendar>();
        services.AddScoped<ExpectedActivities>();
        services.AddScoped<PlanTags>();
        services.AddScoped<IPersonalItems, PersonalActivities>();
        // Other modules resolve the calendar optionally: absent where the association has not enabled activities.
        services.AddScoped<IActivityCalendar>(sp =>
            sp.GetRequiredService<AssociationContext>().Current?.Enables(ActivitiesDbContext.Module) == true
                ? ActivatorUtilities.CreateInstance<ActivityCalendar>(sp) : null!);
        services.AddScoped<Network.ActivistNetwork>();
        services.AddScoped<IActivistNetwork>(sp =>
            sp.GetRequiredService<AssociationContext>().Current?.Enables(ActivitiesDbContext.Module) == true
                ? sp.GetRequiredService<Network.ActivistNetwork>() : null!);
        services.AddScoped<IActivityStatistics>(sp =>
            sp.GetRequiredService<AssociationContext>().Current?.Enables(ActivitiesDbContext.Module) == true
                ? ActivatorUtilities.CreateInstance<ActivityStatistics>(sp) : null!);
    }

    public override void MapApi(IEndpointRouteBuilder association)
    {
        ActivitiesApi.Map(association);
        FeedEndpoint.Map(association);
        SeriesApi.Map(association);
        SignUpsApi.Map(association);
        FollowUpApi.Map(association);
        FundApi.Map(association);
        Network.NetworkApi.Map(association);
    }

    public override Task SeedDemo(DemoSeed seed, CancellationToken cancellationToken) => DemoActivities.Seed(seed, cancellationToken);
}
