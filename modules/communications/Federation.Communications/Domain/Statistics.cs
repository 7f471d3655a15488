using Federation.Activities.Contracts;
using Federation.Communications.Contracts;
using Federation.Communications.Media;
using Federation.Communications.Storage;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Domain;

/// <summary>The year's communication in numbers: for the statistics page, the annual report and the activity plan.</summary>
internal sealed class Statistics(CommunicationsDbContext db, MediaLog media, IServiceProvider services, TimeProvider clock) : ICommunicationStatistics
{
    public async Task<MediaYear> Media(int year, CancellationToken cancellationToken = default)
    {
        var rows = await media.Year(year, cancellationToken);
        int Count(string kind) => rows.Count(r => r.Kind == kind);
        var women = rows.Sum(r => r.Women);
        var known = rows.Sum(r => r.Women + r.Men + r.NonBinary);
        return new(year, Count(MediaKinds.Local), Count(MediaKinds.Regional), Count(MediaKinds.TradePress), Count(MediaKinds.Social),
            known + rows.Sum(r => r.NotStated), women, known == 0 ? null : (double)women / known);
    }

    public async Task<CommunicationYear> Year(int year, CancellationToken cancellationToken = default)
    {
        var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var sent = await db.Deliveries.AsNoTracking().Where(d => d.Status == DeliveryStatuses.Sent && d.SentAt >= from && d.SentAt < to)
            .GroupBy(d => d.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var issues = await db.Mailings.AsNoTracking().CountAsync(m => m.Kind == MailingKinds.Newsletter && m.QueuedAt >= from && m.QueuedAt < to, cancellationToken);
        var newsletterMails = await db.Deliveries.AsNoTracking().CountAsync(d => d.Status == DeliveryStatuses.Sent && d.Purpose == ContactPurposes.Newsletter && d.SentAt >= from && d.SentAt < to, cancellationToken);
        var letters = await db.Letters.AsNoTracking().Where(l => l.CreatedAt >= from && l.CreatedAt < to).SumAsync(l => l.Recipients, cancellationToken);
        var unsubscribes = await db.Unsubscribes.AsNoTracking().CountAsync(u => u.At >= from && u.At < to, cancellationToken);
        return new(year, issues, newsletterMails, sent.Where(s => s.Key == Channels.Sms).Sum(s => s.Count), letters, unsubscribes, await Media(year, cancellationToken));
    }

    public async Task<IReadOnlyList<CommunicationEvent>> Between(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var (start, end) = (SwedishTime.StartUtc(from), SwedishTime.StartUtc(to.AddDays(1)));
        var events = new List<CommunicationEvent>();
        var issues = await db.Mailings.AsNoTracking()
            .Where(m => m.Kind == MailingKinds.Newsletter && m.QueuedAt >= start && m.QueuedAt < end).Select(m => m.QueuedAt!.Value).ToListAsync(cancellationToken);
        events.AddRange(issues.Select(at => new CommunicationEvent(SwedishTime.Day(at), CommunicationEvents.NewsletterIssue)));
        // An SMS send counts once, on the day its first SMS was accepted: a mass SMS, a reminder or a notice.
        var sms = await db.Deliveries.AsNoTracking()
            .Where(d => d.Channel == Channels.Sms && d.Status == DeliveryStatuses.Sent && d.SentAt >= start && d.SentAt < end)
            .GroupBy(d => d.MailingId).Select(g => g.Min(d => d.SentAt!.Value)).ToListAsync(cancellationToken);
        events.AddRange(sms.Select(at => new CommunicationEvent(SwedishTime.Day(at), CommunicationEvents.SmsSend)));
        var letters = await db.Letters.AsNoTracking().Where(l => l.Recipients > 0 && l.CreatedAt >= start && l.CreatedAt < end)
            .Select(l => l.CreatedAt).ToListAsync(cancellationToken);
        events.AddRange(letters.Select(at => new CommunicationEvent(SwedishTime.Day(at), CommunicationEvents.PrintedLetter)));
        var appearances = await db.Media.AsNoTracking().Where(m => m.Date >= from && m.Date <= to).Select(m => new { m.Date, m.Kind }).ToListAsync(cancellationToken);
        events.AddRange(appearances.Select(a => new CommunicationEvent(a.Date, a.Kind switch
        {
            MediaKinds.Local => CommunicationEvents.LocalMedia,
            MediaKinds.Social => CommunicationEvents.SocialMedia,
            _ => CommunicationEvents.RegionalOrTradePress,
        })));
        return [.. events.OrderBy(e => e.On)];
    }

    public async Task<double?> MemberMeetingsWithSms(int year, CancellationToken cancellationToken = default)
    {
        if (services.GetService<IActivityCalendar>() is not { } calendar) return null;
        var (from, now) = (new DateTimeOffset(SwedishTime.StartUtc(new DateOnly(year, 1, 1)), TimeSpan.Zero), clock.GetUtcNow());
        var end = new DateTimeOffset(SwedishTime.StartUtc(new DateOnly(year + 1, 1, 1)), TimeSpan.Zero);
        var meetings = (await calendar.Between(from, end < now ? end : now, 1000, cancellationToken)).Where(a => MemberMeetings.Types.Contains(a.Type)).ToList();
        if (meetings.Count == 0) return null;
        var sent = await db.Deliveries.AsNoTracking()
            .Where(d => d.Channel == Channels.Sms && d.Status == DeliveryStatuses.Sent && d.SentAt >= from.UtcDateTime.AddDays(-7) && d.SentAt < now.UtcDateTime)
            .Join(db.Mailings, d => d.MailingId, m => m.Id, (d, m) => new { d.SentAt, m.Kind, m.SourceKey })
            .Distinct().ToListAsync(cancellationToken);
        bool HadSms(CalendarActivity meeting) => sent.Any(s => s.SentAt < meeting.Start.UtcDateTime
            && (s.SourceKey is { } key && key.Contains(meeting.ActivityId.ToString(), StringComparison.OrdinalIgnoreCase)
                || s.Kind == MailingKinds.Sms && s.SentAt >= meeting.Start.UtcDateTime.AddDays(-7)));
        return (double)meetings.Count(HadSms) / meetings.Count;
    }
}

/// <summary>One message to the member: when it was made, what kind, by which channel to which address, its subject and status.</summary>
internal sealed record SentMessage(DateTime CreatedAt, string Kind, string Channel, string Address, string Subject, string Status, DateTime? SentAt);

/// <summary>What was sent to one member: communications' part of their data export. Erasure (<c>MemberErased</c>) removes it.</summary>
internal sealed class MemberMessages(CommunicationsDbContext db) : IMemberDataExport
{
    public string ModuleId => CommunicationsDbContext.Module;

    public async Task<object> Export(Guid memberId, CancellationToken cancellationToken = default) => await SentTo(memberId, cancellationToken);

    public async Task<IReadOnlyList<SentMessage>> SentTo(Guid memberId, CancellationToken cancellationToken = default) =>
        await db.Deliveries.AsNoTracking().Where(d => d.MemberId == memberId)
            .Join(db.Mailings, d => d.MailingId, m => m.Id, (d, m) => new { d, m })
            .OrderByDescending(x => x.m.CreatedAt)
            .Select(x => new SentMessage(x.m.CreatedAt, x.m.Kind, x.d.Channel, x.d.Address, x.m.Subject, x.d.Status, x.d.SentAt))
            .ToListAsync(cancellationToken);
}
