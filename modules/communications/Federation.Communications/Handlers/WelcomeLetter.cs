using Federation.Activities.Contracts;
using Federation.Communications.Contracts;
using Federation.Communications.Domain;
using Federation.Extensions;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Platform.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Handlers;

/// <summary>
/// A new member gets the association's welcome letter by email ("Skicka ut välkomstbrev till nya
/// medlemmar", Solna 2020): the association's plugin's text where it has one, else the default.
/// Members imported long after they joined are not new and get none. Once the mail server accepts
/// it, <see cref="MemberContacted"/> ticks the onboarding step.
/// </summary>
internal sealed class WelcomeLetter(PersonalMail mail, IServiceProvider services, IPluginRules plugins, TimeProvider clock) : IIntegrationEventHandler<MemberJoined>
{
    public const int NewForDays = 90;

    public static readonly WelcomeLetterText Default = new(
        "Välkommen till {{förening}}!",
        """
        Hej {{förnamn}}!

        Välkommen som medlem i {{förening}}. Vi hör av oss snart, och du är alltid välkommen på våra möten och aktiviteter.

        {{#om aktiviteter}}
        ## På gång

        {{aktiviteter}}
        {{/om}}

        Hälsningar,
        styrelsen i {{förening}}
        """);

    private MemberContact? member;
    private string? activities;

    public async Task Prepare(MemberJoined message, CancellationToken cancellationToken)
    {
        if (!IsNew(message) || !mail.MailReady || services.GetService<IMemberDirectory>() is not { } directory) return;
        member = await directory.Contact(message.MemberId, cancellationToken);
        activities = await UpcomingBlock.For(services.GetService<IActivityCalendar>(), clock.GetUtcNow(), cancellationToken);
    }

    public Task Handle(MemberJoined message, CancellationToken cancellationToken)
    {
        if (!IsNew(message)) return Task.CompletedTask;
        var letter = plugins.Ask<IWelcomeLetter, WelcomeLetterText>(message.AssociationId,
            all => all.Select(p => p.Letter(message.JoinedOn.Year)).FirstOrDefault(l => l is not null), Default);
        mail.Queue($"welcome:{message.MemberId}", MailingKinds.Welcome, ContactPurposes.Welcome,
            letter.Subject, letter.Body, [mail.Mail(member)], activities);
        return Task.CompletedTask;
    }

    private bool IsNew(MemberJoined message) =>
        message.JoinedOn > DateOnly.FromDateTime(clock.GetLocalNow().Date).AddDays(-NewForDays);
}
