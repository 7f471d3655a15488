using System.Security.Cryptography;
using Federation.Activities.Domain;
using Federation.Activities.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.ICal;

/// <summary>
/// Secret feed addresses. The token is the only credential a calendar client has, so it is long and
/// random; rotating replaces it and the old address stops working at once.
/// </summary>
internal sealed class Feeds(ActivitiesDbContext db, CalendarQuery calendar, TimeProvider clock)
{
    /// <summary>A feed covers from a quarter back to a year and a half ahead.</summary>
    private static (DateOnly From, DateOnly To) Window(DateOnly today) => (today.AddMonths(-3), today.AddMonths(18));

    public static string PathFor(string associationId, string token) => $"/api/associations/{associationId}/activity-feeds/{token}.ics";

    public async Task<string> Rotate(Guid? memberId, CancellationToken ct)
    {
        var feed = await db.FeedTokens.FirstOrDefaultAsync(f => f.MemberId == memberId, ct);
        if (feed is null)
        {
            feed = new FeedToken { Id = Guid.NewGuid(), MemberId = memberId };
            db.FeedTokens.Add(feed);
        }
        feed.Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        feed.CreatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return feed.Token;
    }

    /// <summary>The feed's text, or null when the token is unknown (in the current association).</summary>
    public async Task<string?> Render(string associationName, string token, CancellationToken ct)
    {
        var feed = await db.FeedTokens.AsNoTracking().FirstOrDefaultAsync(f => f.Token == token, ct);
        if (feed is null) return null;
        var (from, to) = Window(StockholmTime.Today(clock));
        var query = calendar.Matching(new CalendarFilter(from, to));
        if (feed.MemberId is { } member)
        {
            var mine = db.SignUps.Where(s => s.MemberId == member && s.Status != SignUpStatus.Cancelled).Select(s => s.ActivityId);
            query = query.Where(a => mine.Contains(a.Id));
        }
        var events = (await query.ToListAsync(ct)).Select(a => ActivityView.From(a));
        return ICalendarWriter.Write(associationName, events, clock.GetUtcNow().UtcDateTime);
    }
}
