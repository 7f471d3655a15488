using Federation.Activities.Contracts;
using Federation.Communications.Contracts;
using Federation.Communications.Handlers;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Domain;

/// <summary>
/// A reminder the day before an activity to those signed up, by their preferred channel (Solna 2020:
/// "sms inför större aktiviteter"; 2024: "Skicka sms inför aktiviteter och medlemsmöten"). Each activity
/// is reminded once (its mailing's source key).
/// </summary>
internal sealed class Reminders(CommunicationsDbContext db, PersonalMail mail, IServiceProvider services, TimeProvider clock)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public async Task<int> SendDue(CancellationToken cancellationToken = default)
    {
        if (services.GetService<IActivityCalendar>() is not { } calendar || services.GetService<IMemberDirectory>() is not { } directory) return 0;
        if (!mail.MailReady && !mail.SmsReady) return 0;
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var activity in await calendar.Between(now, now + Ahead, 200, cancellationToken))
        {
            var key = $"reminder:{activity.ActivityId}";
            if (await db.Mailings.AnyAsync(m => m.SourceKey == key, cancellationToken)) continue;
            var to = new List<Addressee?>();
            foreach (var memberId in await calendar.SignedUp(activity.ActivityId, cancellationToken))
                to.Add(mail.Preferred(await directory.Contact(memberId, cancellationToken)));
            var where = string.IsNullOrWhiteSpace(activity.Place) ? "" : $", {activity.Place}";
            if (mail.Queue(key, MailingKinds.Reminder, ContactPurposes.ActivityReminder, $"Påminnelse: {activity.Title}",
                    $"Hej {{{{förnamn}}}}! Påminnelse: {activity.Title} {UpcomingBlock.When(activity.Start)}{where}. Välkommen! /{{{{förening}}}}", to))
                sent++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
