using Federation.Activities.Contracts;
using Federation.Communications.Contracts;
using Federation.Communications.Domain;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Handlers;

/// <summary>
/// Those signed up to an activity hear when it is cancelled, or when its time or place moves, by
/// their preferred channel. What was last announced is kept (<see cref="KnownActivity"/>), so a new
/// title or description alone sends nothing.
/// </summary>
internal sealed class ActivityNotices(CommunicationsDbContext db, PersonalMail mail, IServiceProvider services)
    : IIntegrationEventHandler<ActivityScheduled>, IIntegrationEventHandler<ActivityChanged>, IIntegrationEventHandler<ActivityCancelled>
{
    private CalendarActivity? activity;
    private List<MemberContact> signedUp = [];

    public async Task Prepare(ActivityScheduled message, CancellationToken cancellationToken) =>
        activity = services.GetService<IActivityCalendar>() is { } calendar ? await calendar.Find(message.ActivityId, cancellationToken) : null;

    public Task Prepare(ActivityChanged message, CancellationToken cancellationToken) => ReadSignedUp(message.ActivityId, cancellationToken);

    public Task Prepare(ActivityCancelled message, CancellationToken cancellationToken) => ReadSignedUp(message.ActivityId, cancellationToken);

    public async Task Handle(ActivityScheduled message, CancellationToken cancellationToken) =>
        await Remember(message.ActivityId, message.Start, message.End, activity?.Place, cancellationToken);

    public async Task Handle(ActivityChanged message, CancellationToken cancellationToken)
    {
        var known = await db.KnownActivities.SingleOrDefaultAsync(a => a.Id == message.ActivityId, cancellationToken);
        var place = activity?.Place;
        var moved = known is not null && (known.StartUtc != message.Start.UtcDateTime || known.EndUtc != message.End.UtcDateTime || known.Place != place);
        await Remember(message.ActivityId, message.Start, message.End, place, cancellationToken);
        if (!moved) return;
        var where = string.IsNullOrWhiteSpace(place) ? "" : $", {place}";
        mail.Queue($"moved:{message.ActivityId}:{message.Start.UtcTicks}:{place}", MailingKinds.Notice, ContactPurposes.ActivityNotice,
            $"Ändrat: {message.Title}",
            $"Hej {{{{förnamn}}}}! {message.Title} är flyttad till {UpcomingBlock.When(message.Start)}{where}. /{{{{förening}}}}",
            signedUp.Select(mail.Preferred));
    }

    public Task Handle(ActivityCancelled message, CancellationToken cancellationToken)
    {
        var title = activity?.Title ?? "Aktiviteten";
        mail.Queue($"cancelled:{message.ActivityId}", MailingKinds.Notice, ContactPurposes.ActivityNotice,
            $"Inställt: {title}",
            $"Hej {{{{förnamn}}}}! {title} {UpcomingBlock.When(message.Start)} är inställd. /{{{{förening}}}}",
            signedUp.Select(mail.Preferred));
        return Task.CompletedTask;
    }

    private async Task Remember(Guid id, DateTimeOffset start, DateTimeOffset end, string? place, CancellationToken cancellationToken)
    {
        var known = await db.KnownActivities.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (known is null) db.KnownActivities.Add(known = new KnownActivity { Id = id });
        (known.StartUtc, known.EndUtc, known.Place) = (start.UtcDateTime, end.UtcDateTime, place);
    }

    private async Task ReadSignedUp(Guid activityId, CancellationToken cancellationToken)
    {
        if (services.GetService<IActivityCalendar>() is not { } calendar) return;
        activity = await calendar.Find(activityId, cancellationToken);
        if (services.GetService<IMemberDirectory>() is not { } directory) return;
        foreach (var memberId in await calendar.SignedUp(activityId, cancellationToken))
            if (await directory.Contact(memberId, cancellationToken) is { } contact) signedUp.Add(contact);
    }
}
