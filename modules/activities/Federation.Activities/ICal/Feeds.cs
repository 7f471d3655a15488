using System.Security.Cryptography;
using Federation.Activities.Domain;
using Federation.Activities.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.ICal;

/// <summary>
/// Secret feed addresses. The token is the only credential a calendar client has, so it is long and
/// random, and only its SHA-256 is stored: the address is shown once, when it is made. Rotating
/// replaces it and revoking removes it; the old address stops working at once.
/// </summary>
internal sealed class Feeds(ActivitiesDbContext db, CalendarQuery calendar, TimeProvider clock)
{
    /// <summary>A feed covers from a quarter back to a year and a half ahead.</summary>
    private static (DateOnly From, DateOnly To) Window(DateOnly today) => (today.AddMonths(-3), today.AddMonths(18));

    public static string PathFor(string associationId, string token) => $"/api/associations/{associationId}/activity-feeds/{token}.ics";

    public async Task<string> Rotate(FeedOwner owner, CancellationToken ct)
    {
        var feed = await db.FeedTokens.FirstOrDefaultAsync(Of(owner), ct);
        if (feed is null)
        {
            feed = new FeedToken { Id = Guid.NewGuid(), MemberId = owner.MemberId, WholeCalendar = owner.WholeCalendar };
            db.FeedTokens.Add(feed);
        }
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        feed.Token = Hash(token);
        feed.CreatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>Removes the owner's address; false if there was none.</summary>
    public async Task<bool> Revoke(FeedOwner owner, CancellationToken ct)
    {
        var feed = await db.FeedTokens.FirstOrDefaultAsync(Of(owner), ct);
        if (feed is null) return false;
        db.FeedTokens.Remove(feed);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>When the owner's current address was made, or null if it has none.</summary>
    public async Task<DateTime?> MadeAt(FeedOwner owner, CancellationToken ct) =>
        await db.FeedTokens.AsNoTracking().Where(Of(owner)).Select(f => (DateTime?)f.CreatedAt).FirstOrDefaultAsync(ct);

    /// <summary>The association's one address is the row without a member (older rows have no <c>WholeCalendar</c> flag).</summary>
    private static System.Linq.Expressions.Expression<Func<FeedToken, bool>> Of(FeedOwner owner) => owner.MemberId is { } member
        ? f => f.MemberId == member && f.WholeCalendar == owner.WholeCalendar
        : f => f.MemberId == null;

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    /// <summary>The feed's text, or null when the token is unknown (in the current association).</summary>
    public async Task<string?> Render(string associationName, string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var feed = await db.FeedTokens.AsNoTracking().FirstOrDefaultAsync(f => f.Token == hash, ct);
        if (feed is null) return null;
        await calendar.CatchUp(ct);
        var (from, to) = Window(StockholmTime.Today(clock));
        var query = calendar.Matching(new CalendarFilter(from, to));
        if (feed is { MemberId: { } member, WholeCalendar: false })
        {
            var mine = db.SignUps.Where(s => s.MemberId == member && s.Status != SignUpStatus.Cancelled).Select(s => s.ActivityId);
            query = query.Where(a => mine.Contains(a.Id));
        }
        var events = (await query.ToListAsync(ct)).Select(a => ActivityView.From(a));
        return ICalendarWriter.Write(associationName, events, clock.GetUtcNow().UtcDateTime);
    }
}

/// <summary>Whose address: the board's for the association, or a member's for their own sign-ups or for the whole calendar.</summary>
internal readonly record struct FeedOwner(Guid? MemberId, bool WholeCalendar)
{
    public static readonly FeedOwner Association = new(null, true);
    public static FeedOwner SignUpsOf(Guid member) => new(member, false);
    public static FeedOwner CalendarFor(Guid member) => new(member, true);
}
