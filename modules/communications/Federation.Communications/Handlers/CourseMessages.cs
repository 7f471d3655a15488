using Federation.Communications.Contracts;
using Federation.Communications.Domain;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Federation.Studies.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Handlers;

/// <summary>
/// Studies' messages to a member: the course tip new members get ("Uppmana nya medlemmar att gå
/// distriktets kvälls- och helgkurser", Solna 2020) and the confirmation of a course sign-up.
/// </summary>
internal sealed class CourseMessages(PersonalMail mail, IServiceProvider services)
    : IIntegrationEventHandler<CourseSuggested>, IIntegrationEventHandler<CourseSignUpConfirmed>
{
    private MemberContact? member;

    public Task Prepare(CourseSuggested message, CancellationToken cancellationToken) => Read(message.MemberId, cancellationToken);

    public Task Prepare(CourseSignUpConfirmed message, CancellationToken cancellationToken) => Read(message.MemberId, cancellationToken);

    public Task Handle(CourseSuggested message, CancellationToken cancellationToken)
    {
        var course = CourseName(message.Course);
        mail.Queue($"course-tip:{message.MemberId}:{message.Course}", MailingKinds.CourseTip, ContactPurposes.CourseTip,
            $"Tips: {course}",
            "Hej {{förnamn}}!\n\n" +
            $"Distriktet ordnar {course.ToLowerInvariant()} – kvällar och helger där du lär känna partiet och andra nya medlemmar. " +
            "Anmäl dig gärna, eller hör av dig till oss i {{förening}} om du har frågor.\n\nHälsningar,\n{{förening}}\n",
            [mail.Mail(member)]);
        return Task.CompletedTask;
    }

    public Task Handle(CourseSignUpConfirmed message, CancellationToken cancellationToken)
    {
        var when = UpcomingBlock.When(message.Start);
        var place = string.IsNullOrWhiteSpace(message.Place) ? "" : $", {message.Place}";
        var (subject, text) = message.OnWaitingList
            ? ($"Du står på väntelistan: {message.Course}", $"Du står på väntelistan till {message.Course} ({when}{place}). Vi hör av oss om en plats blir ledig.")
            : ($"Bekräftelse: {message.Course}", $"Du är anmäld till {message.Course}, {when}{place}. Välkommen!");
        mail.Queue($"course-confirmation:{message.MemberId}:{message.OccasionId}:{(message.OnWaitingList ? "waiting" : "place")}",
            MailingKinds.CourseConfirmation, ContactPurposes.CourseConfirmation, subject,
            "Hej {{förnamn}}!\n\n" + text + "\n\nHälsningar,\n{{förening}}\n", [mail.Mail(member)]);
        return Task.CompletedTask;
    }

    private async Task Read(Guid memberId, CancellationToken cancellationToken) =>
        member = mail.MailReady && services.GetService<IMemberDirectory>() is { } directory ? await directory.Contact(memberId, cancellationToken) : null;

    private static string CourseName(string course) => course switch
    {
        "new-member-course" => "Distriktets kurs för nya medlemmar",
        _ => course,
    };
}
