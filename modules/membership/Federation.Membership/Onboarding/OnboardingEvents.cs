using Federation.Activities.Contracts;
using Federation.Membership.Domain;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Federation.Platform.Modules;
using Federation.Communications.Contracts;

namespace Federation.Membership.Onboarding;

/// <summary>
/// Onboarding steps ticked by what other modules report: attending a new-member meeting ticks the
/// invitation ("Hålla träffar för nya medlemmar", Solna 2020); the welcome letter and the course tip
/// ("Skicka ut välkomstbrev", "Uppmana nya medlemmar att gå distriktets … kurser", Solna 2020) are ticked
/// when communications reports that the mail reached the member's mail server — never by the wish to
/// send it. Where the association has not enabled communications, they stay tasks a person ticks.
/// </summary>
internal sealed class OnboardingEvents(MembershipDbContext db, OnboardingBoard onboarding, OnboardingStarter starter, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
    : IIntegrationEventHandler<AttendanceRecorded>, IIntegrationEventHandler<MemberContacted>
{
    public async Task Handle(AttendanceRecorded message, CancellationToken cancellationToken)
    {
        if (message.Type != ActivityTypes.NewMemberMeeting || message.Outcome != AttendanceOutcome.Attended) return;
        if (await onboarding.TickStep(message.MemberId, OnboardingSteps.NewMemberMeeting, $"närvaro {message.Date:yyyy-MM-dd}", cancellationToken))
            await db.SaveChangesAsync(cancellationToken);
    }

    public async Task Handle(MemberContacted message, CancellationToken cancellationToken)
    {
        var step = message.Purpose switch
        {
            ContactPurposes.Welcome => OnboardingSteps.WelcomeLetter,
            ContactPurposes.CourseTip => OnboardingSteps.CourseTip,
            _ => null,
        };
        if (step is null) return;
        var newSince = clock.Today().AddDays(-MemberStatuses.NewForDays);
        // The mail answers MemberJoined, which also starts the checklist: if it overtook it, start it here
        // (the starter then finds it; the unique step index settles a tie between the two).
        if (!await db.Onboarding.AnyAsync(t => t.MemberId == message.MemberId, cancellationToken)
            && await db.Members.Where(m => m.Id == message.MemberId && m.ErasedAt == null && m.JoinedOn > newSince)
                .Select(m => (DateOnly?)m.JoinedOn).SingleOrDefaultAsync(cancellationToken) is { } joinedOn)
        {
            starter.AddChecklist(message.AssociationId, message.MemberId, joinedOn);
            await db.SaveChangesAsync(cancellationToken);
        }
        var by = message.Channel == "sms" ? "sms" : "e-post";
        if (await onboarding.TickStep(message.MemberId, step, $"kommunikation: {by} {message.At:yyyy-MM-dd}", cancellationToken))
            await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The step ids events tick; a plugin's checklist that uses other ids is ticked by people only.</summary>
internal static class OnboardingSteps
{
    public const string FirstContact = "first-contact";
    public const string NewMemberMeeting = "new-member-meeting";
    public const string CourseTip = "course-tip";
    public const string WelcomeLetter = "welcome-letter";
}
