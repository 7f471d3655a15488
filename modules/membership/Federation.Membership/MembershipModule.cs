using System.CommandLine;
using Federation.Activities.Contracts;
using Federation.Board.Contracts;
using Federation.Membership.Api;
using Federation.Membership.Calls;
using Federation.Membership.Cli;
using Federation.Membership.Contracts;
using Federation.Communications.Contracts;
using Federation.Membership.Domain;
using Federation.Membership.Engagement;
using Federation.Membership.Import;
using Federation.Membership.Onboarding;
using Federation.Membership.Privacy;
using Federation.Membership.Search;
using Federation.Membership.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: FederationModule(typeof(Federation.Membership.MembershipModule))]

namespace Federation.Membership;

/// <summary>Membership (medlemsvård): the register, import, onboarding, phone-banking and members' own data.</summary>
public sealed class MembershipModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: MembershipDbContext.Module,
        Name: new("Medlemsvård", "Membership"),
        Consumes:
        [
            EventHandlerRegistration.Handle<MemberJoined, OnboardingStarter>(),
            EventHandlerRegistration.Handle<AttendanceRecorded, AttendanceHistory>(),
            EventHandlerRegistration.Handle<BoardRoleAssigned, BoardRoleHistory>(),
            EventHandlerRegistration.Handle<BoardRoleEnded, BoardRoleEndHistory>(),
            EventHandlerRegistration.Handle<AttendanceRecorded, OnboardingEvents>(),
            EventHandlerRegistration.Handle<MemberContacted, OnboardingEvents>(),
        ],
        Menu:
        [
            new("members", new("Medlemmar", "Members"), AssociationRole.Officer),
            new("onboarding", new("Nya medlemmar", "New members"), AssociationRole.Officer),
            new("calls", new("Rundringning", "Phone-banking"), AssociationRole.Officer),
            new("me", new("Mina uppgifter", "My data"), AssociationRole.Member),
        ]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<MembershipDbContext>(MembershipDbContext.Module);
        services.AddHttpContextAccessor();
        services.TryAddKeyedSingleton<TimeProvider>(MembershipClock.Key, (sp, _) => sp.GetRequiredService<TimeProvider>());
        services.AddScoped<AccessLog>();
        services.AddScoped<MemberRegister>();
        services.AddSingleton<MemberIndex>();
        services.AddScoped<MemberDirectory>();
        // Other modules resolve the register optionally: where the current association has not
        // enabled membership it is absent (null), so "no register" means the same in every module.
        services.AddScoped<IMemberDirectory>(sp => WhereEnabled<MemberDirectory>(sp));
        services.AddScoped<MembershipStatistics>();
        services.AddScoped<IMembershipStatistics>(sp => WhereEnabled<MembershipStatistics>(sp));
        services.AddScoped<SmartLists>();
        services.AddScoped<MemberImport>();
        services.AddScoped<MemberPrivacy>();
        services.AddScoped<OnboardingChecklists>();
        services.AddScoped<OnboardingBoard>();
        services.AddScoped<CallQueue>();
        services.AddScoped<IPersonalItems, PersonalTasks>();
        services.AddScoped<EngagementHistory>();
    }

    public override void MapApi(IEndpointRouteBuilder association)
    {
        MembersApi.Map(association);
        OnboardingApi.Map(association);
        CallsApi.Map(association);
        MeApi.Map(association);
    }

    public override Task SeedDemo(DemoSeed seed, CancellationToken cancellationToken) => DemoMembers.Seed(seed, cancellationToken);

    public override IEnumerable<Command> Commands(Func<IServiceProvider> services) => [MembersCli.Create(services)];

    private static T WhereEnabled<T>(IServiceProvider services) where T : class =>
        services.GetRequiredService<AssociationContext>().Current?.Enables(MembershipDbContext.Module) == true
            ? services.GetRequiredService<T>() : null!;
}
