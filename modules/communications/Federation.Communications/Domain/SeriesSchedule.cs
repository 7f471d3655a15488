using System.Globalization;
using Federation.Activities.Contracts;
using Federation.Communications.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Communications.Domain;

/// <summary>
/// When a series' next issue is due (<see cref="DueOn"/>, Swedish date), why (<see cref="Reason"/>), and the
/// draft made for it, if any.
/// </summary>
internal sealed record SeriesDue(Series Series, DateOnly DueOn, string Reason, Guid? DraftId);

/// <summary>
/// A series' rhythm turned into dates: a monthly series is due a month after its last issue (at once when it
/// has none), weekly a week after, each semester six months after; "before each member meeting" a week before
/// the next member meeting that no issue has been sent or scheduled for (within three weeks before it). A week
/// ahead of the due day a draft is made (from the last issue's text), once: its source key names the series and day.
/// </summary>
internal sealed class SeriesSchedule(CommunicationsDbContext db, IServiceProvider services, Actor actor, TimeProvider clock)
{
    public static readonly TimeSpan DraftAhead = TimeSpan.FromDays(7);
    private static readonly TimeSpan MeetingLead = TimeSpan.FromDays(7);
    private static readonly TimeSpan MeetingCovered = TimeSpan.FromDays(21);
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public const string DefaultBody = "Hej {{förnamn}}!\n\n{{#om aktiviteter}}## På gång\n\n{{aktiviteter}}{{/om}}";

    /// <summary>Each series with a rhythm and its next due day, earliest first.</summary>
    public async Task<IReadOnlyList<SeriesDue>> Next(CancellationToken cancellationToken = default)
    {
        var series = await db.Series.AsNoTracking().ToListAsync(cancellationToken);
        var issues = await db.Mailings.AsNoTracking().Where(m => m.SeriesId != null && m.Kind == MailingKinds.Newsletter)
            .Select(m => new { m.SeriesId, m.Status, m.QueuedAt, m.ScheduledFor, m.SourceKey, m.Id }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        IReadOnlyList<CalendarActivity>? meetings = null;
        var due = new List<SeriesDue>();
        foreach (var s in series)
        {
            var mine = issues.Where(i => i.SeriesId == s.Id).ToList();
            var sent = mine.Select(i => i.QueuedAt ?? (i.Status == MailingStatuses.Scheduled ? i.ScheduledFor : null)).OfType<DateTime>()
                .Select(SwedishTime.Day).ToList();
            DateOnly? last = sent.Count == 0 ? null : sent.Max();
            var first = SwedishTime.Day(s.CreatedAt);
            (DateOnly On, string Reason)? next = s.Rhythm switch
            {
                "monthly" => (last?.AddMonths(1) ?? first, Rhythm(s)),
                "weekly" => (last?.AddDays(7) ?? first, Rhythm(s)),
                "semester" => (last?.AddMonths(6) ?? first, Rhythm(s)),
                "before-member-meeting" => BeforeMeeting(meetings ??= await Meetings(now, cancellationToken), sent),
                _ => null,
            };
            if (next is not { } n) continue;
            var draft = mine.FirstOrDefault(i => i.SourceKey == Key(s, n.On) && i.Status == MailingStatuses.Draft)?.Id;
            due.Add(new(s, n.On, n.Reason, draft));
        }
        return [.. due.OrderBy(d => d.DueOn)];
    }

    /// <summary>Makes the draft of every issue due within <see cref="DraftAhead"/> that has none; how many were made.</summary>
    public async Task<int> MakeDrafts(CancellationToken cancellationToken = default)
    {
        var horizon = SwedishTime.Day(clock.GetUtcNow() + DraftAhead);
        var made = 0;
        foreach (var d in (await Next(cancellationToken)).Where(d => d.DueOn <= horizon && d.DraftId is null))
            if (await Draft(d, cancellationToken) is not null) made++;
        await db.SaveChangesAsync(cancellationToken);
        return made;
    }

    /// <summary>The draft of the series' next issue, made now if it has none ("Skriv nästa nummer"); null when nothing is due.</summary>
    public async Task<Guid?> DraftNow(Guid seriesId, CancellationToken cancellationToken = default)
    {
        if ((await Next(cancellationToken)).FirstOrDefault(d => d.Series.Id == seriesId) is not { } due) return null;
        if (due.DraftId is { } existing) return existing;
        var made = await Draft(due, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return made;
    }

    /// <summary>Adds the draft for a due issue, from the last issue's text; null if one was made before (and sent or deleted).</summary>
    private async Task<Guid?> Draft(SeriesDue due, CancellationToken cancellationToken)
    {
        var key = Key(due.Series, due.DueOn);
        if (await db.Mailings.AnyAsync(m => m.SourceKey == key, cancellationToken)) return null;
        var previous = await db.Mailings.AsNoTracking().Where(m => m.SeriesId == due.Series.Id && m.QueuedAt != null)
            .OrderByDescending(m => m.QueuedAt).FirstOrDefaultAsync(cancellationToken);
        var draft = new Mailing
        {
            Id = Guid.NewGuid(), Kind = MailingKinds.Newsletter, Channel = Channels.Email, SeriesId = due.Series.Id, SourceKey = key,
            Subject = $"{due.Series.Name} {due.DueOn.ToString("MMMM yyyy", Swedish)}", Body = previous?.Body ?? DefaultBody,
            SmartListId = previous?.SmartListId, CreatedBy = actor.Name, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Mailings.Add(draft);
        return draft.Id;
    }

    private static string Rhythm(Series series) => Rhythms.All[series.Rhythm].ToString().ToLowerInvariant();

    private static string Key(Series series, DateOnly due) => $"series:{series.Id:N}:{due:yyyy-MM-dd}";

    /// <summary>The next member meeting that no issue was sent or scheduled for in the three weeks before it.</summary>
    private static (DateOnly, string)? BeforeMeeting(IReadOnlyList<CalendarActivity> meetings, List<DateOnly> sent)
    {
        foreach (var m in meetings)
        {
            var day = SwedishTime.Day(m.Start);
            if (sent.Any(s => s <= day && s > day.AddDays(-MeetingCovered.Days))) continue;
            return (day.AddDays(-MeetingLead.Days), T($"inför {m.Title} {day.ToString("d MMMM", Swedish)}", $"before {m.Title} {day.ToString("d MMMM", Swedish)}"));
        }
        return null;
    }

    private async Task<IReadOnlyList<CalendarActivity>> Meetings(DateTimeOffset now, CancellationToken cancellationToken) =>
        services.GetService<IActivityCalendar>() is { } calendar
            ? [.. (await calendar.Between(now, now.AddDays(90), 200, cancellationToken)).Where(a => MemberMeetings.Types.Contains(a.Type))]
            : [];

    private static string T(string sv, string en) => Federation.Platform.Web.Text.T(sv, en);
}
