using Federation.Activities.Contracts;
using Federation.Communications.Api;
using Federation.Communications.Contracts;
using Federation.Communications.Demo;
using Federation.Communications.Sending;
using Federation.Communications.Domain;
using Federation.Communications.Handlers;
using Federation.Communications.Letters;
using Federation.Communications.Media;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Federation.Studies.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

[assembly: FederationModule(typeof(Federation.Communications.CommunicationsModule))]

namespace Federation.Communications;

/// <summary>
/// Communications (kommunikation): newsletters over SMTP, SMS, printed member letters, the messages
/// other modules' events call for (welcome letters, course tips and confirmations, reminders and
/// notices), unsubscribes, the media log and the year's statistics.
/// </summary>
public sealed class CommunicationsModule : FederationModule
{
    public override ModuleManifest Manifest { get; } = new(
        Id: CommunicationsDbContext.Module,
        Name: new("Kommunikation", "Communications"),
        Consumes:
        [
            EventHandlerRegistration.Handle<DeliveryQueued, Deliver>(batched: false), // sends in Prepare
            EventHandlerRegistration.Handle<MemberJoined, WelcomeLetter>(),
            EventHandlerRegistration.Handle<MemberErased, MemberErasedHandler>(),
            EventHandlerRegistration.Handle<AccountErased, AccountErasedHandler>(),
            EventHandlerRegistration.Handle<CourseSuggested, CourseMessages>(),
            EventHandlerRegistration.Handle<CourseSignUpConfirmed, CourseMessages>(),
            EventHandlerRegistration.Handle<ActivityScheduled, ActivityNotices>(),
            EventHandlerRegistration.Handle<ActivityChanged, ActivityNotices>(),
            EventHandlerRegistration.Handle<ActivityCancelled, ActivityNotices>(),
        ],
        Menu:
        [
            new("communications", new("Utskick", "Mailings"), AssociationRole.Officer),
            new("communications/media", new("Medielogg", "Media log"), AssociationRole.Officer),
        ]);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<CommunicationsDbContext>(CommunicationsDbContext.Module);
        services.AddOptions<CommunicationsSettings>().BindConfiguration("Communications");
        services.AddHttpContextAccessor();
        services.AddSingleton<MailRenderer>();
        services.AddSingleton<MailingTexts>();
        services.AddSingleton<Outcomes>();
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<IAccountMail, AccountMail>();
        services.AddSingleton<UnsubscribeLinks>();
        services.AddHttpClient<ISmsGateway, FortySixElksGateway>();
        services.AddScoped<Actor>();
        services.AddScoped<Newsletters>();
        services.AddScoped<SmsSends>();
        services.AddScoped<PrintedLetters>();
        services.TryAddScoped(sp => new HtmlRenderer(sp, sp.GetRequiredService<ILoggerFactory>())); // the letters are Razor components
        services.AddScoped<MediaLog>();
        services.AddScoped<Statistics>();
        services.AddScoped<Unsubscribes>();
        services.AddSingleton<InboundStops>();
        services.AddSingleton<UnsubscribeMailbox>();
        services.AddScoped<Reminders>();
        services.AddScoped<SeriesSchedule>();
        services.AddScoped<IPersonalItems, SeriesTasks>();
        services.AddScoped<PersonalMail>();
        services.AddSingleton<DueWork>();
        services.AddHostedService(sp => sp.GetRequiredService<DueWork>());
        // Other modules resolve these optionally: absent where the association has not enabled communications.
        services.AddScoped<ICommunicationStatistics>(sp => Enabled(sp) ? sp.GetRequiredService<Statistics>() : null!);
        services.AddScoped<MemberMessages>();
        services.AddScoped<IMemberDataExport>(sp => sp.GetRequiredService<MemberMessages>()); // asked only where communications is on
    }

    private static bool Enabled(IServiceProvider sp) =>
        sp.GetRequiredService<AssociationContext>().Current?.Enables(CommunicationsDbContext.Module) == true;

    public override Task SeedDemo(DemoSeed seed, CancellationToken cancellationToken) => DemoCommunications.Seed(seed, cancellationToken);

    public override void MapApi(IEndpointRouteBuilder association)
    {
        CommunicationsApi.Map(association);
        UnsubscribeEndpoint.Map(association);
        IncomingSmsEndpoint.Map(association);
    }
}
