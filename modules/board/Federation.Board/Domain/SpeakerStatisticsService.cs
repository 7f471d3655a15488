using Federation.Board.Storage;
using Federation.Extensions;
using Federation.Membership.Contracts;
using Federation.Platform.Plugins;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>Meetings and their speaker lists (talarlista), and the statistics drawn from them.</summary>
internal sealed class SpeakerStatisticsService(
    BoardDbContext db, AssociationContext association, IPluginRules rules, IServiceProvider services, TimeProvider clock)
{
    /// <summary>The member register when the association has membership on; null means speakers are entered as guests.</summary>
    public IMemberDirectory? Directory => services.GetService<IMemberDirectory>();

    /// <summary>Members whose name or member number matches, for the speaker-list keeper to pick; empty without a register.</summary>
    public async Task<IReadOnlyList<MemberCard>> SearchMembers(string? query, CancellationToken ct = default) =>
        Directory is { } directory && !string.IsNullOrWhiteSpace(query) ? await directory.Search(query.Trim(), 20, ct) : [];

    public async Task<Meeting> CreateMeeting(string? kind, string? title, DateOnly? date, Guid? activityId = null, CancellationToken ct = default)
    {
        if (kind is null || !Meeting.Kinds.Contains(kind))
            throw new BoardValidationException("kind", $"Okänd mötestyp '{kind}'. Välj {string.Join(", ", Meeting.Kinds)}.");
        if (date is null) throw new BoardValidationException("date", "Ange mötets datum.");
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), Kind = kind, Title = string.IsNullOrWhiteSpace(title) ? kind : title.Trim(),
            Date = date.Value, ActivityId = activityId, CreatedAt = DateTime.UtcNow,
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<Meeting?> FindMeeting(Guid id, CancellationToken ct = default) => await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);

    public async Task<List<Meeting>> Meetings(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.Meetings.Where(m => m.Date >= from && m.Date <= to).OrderByDescending(m => m.Date).ToListAsync(ct);
    }

    /// <summary>The list in speaking order: who spoke, who speaks, then the queue (points of order first, then replies, then speeches).</summary>
    /// <summary>The members on it are logged as read (membership's access log).</summary>
    public async Task<List<Contribution>> List(Guid meetingId, CancellationToken ct = default)
    {
        var list = await db.Contributions.Where(c => c.MeetingId == meetingId).ToListAsync(ct);
        if (Directory is { } directory) await directory.Shown(list.Where(c => c.MemberId is not null).Select(c => c.MemberId!.Value), "speaker list", ct);
        return list.OrderBy(c => c.StartedAt is null ? 1 : 0).ThenBy(c => c.StartedAt)
            .ThenBy(c => c.Type switch { Contribution.PointOfOrder => 0, Contribution.Reply => 1, _ => 2 })
            .ThenBy(c => c.Number).ToList();
    }

    /// <summary>Puts someone on the list; the meeting's row lock makes concurrent requests take distinct numbers.</summary>
    public async Task<Contribution> AddSpeaker(Guid meetingId, Guid? memberId, string? name, string? gender, string? type, CancellationToken ct = default)
    {
        type ??= Contribution.Speech;
        if (!Contribution.Types.Contains(type))
            throw new BoardValidationException("type", $"Okänd typ av inlägg '{type}'. Välj {string.Join(", ", Contribution.Types)}.");
        if (gender is not null && !Gender.All.Contains(gender))
            throw new BoardValidationException("gender", $"Okänt kön '{gender}'. Välj {string.Join(", ", Gender.All)}.");
        var card = memberId is { } id && Directory is { } directory ? await directory.Find(id, ct) : null;
        var resolved = card?.Name ?? name?.Trim();
        if (string.IsNullOrWhiteSpace(resolved)) throw new BoardValidationException("name", "Ange talarens namn.");
        await using var transaction = await db.Lock(db.Meetings.Where(m => m.Id == meetingId), m => m.Title, ct)
            ?? throw new BoardValidationException("meetingId", "Mötet finns inte.");
        var number = await db.Contributions.Where(c => c.MeetingId == meetingId).Select(c => (int?)c.Number).MaxAsync(ct) ?? 0;
        var contribution = new Contribution
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, Number = number + 1, MemberId = card?.MemberId ?? memberId,
            Name = resolved, Gender = card?.Gender ?? gender ?? Gender.NotStated, Type = type,
        };
        db.Contributions.Add(contribution);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return contribution;
    }

    /// <summary>Gives the floor to the first in the queue, unless someone already speaks.</summary>
    public async Task<Contribution?> Start(Guid meetingId, CancellationToken ct = default)
    {
        var list = await List(meetingId, ct);
        if (list.FirstOrDefault(c => c.Speaking) is { } speaking) return speaking;
        var next = list.FirstOrDefault(c => c.Waiting);
        if (next is null) return null;
        next.StartedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return next;
    }

    /// <summary>Stops the one speaking and records the time.</summary>
    public async Task<Contribution?> Stop(Guid meetingId, CancellationToken ct = default)
    {
        var speaking = (await List(meetingId, ct)).FirstOrDefault(c => c.Speaking);
        if (speaking is null) return null;
        speaking.StoppedAt = clock.GetUtcNow().UtcDateTime;
        speaking.Seconds = Math.Max(0, (int)Math.Round((speaking.StoppedAt.Value - speaking.StartedAt!.Value).TotalSeconds));
        await db.SaveChangesAsync(ct);
        return speaking;
    }

    public async Task<Contribution?> Next(Guid meetingId, CancellationToken ct = default)
    {
        await Stop(meetingId, ct);
        return await Start(meetingId, ct);
    }

    public async Task<SpeakerStatistics> ForMeeting(Guid meetingId, CancellationToken ct = default) =>
        SpeakerStatistics.Of(await db.Contributions.Where(c => c.MeetingId == meetingId).ToListAsync(ct), await MembersByGender(ct));

    public async Task<(SpeakerStatistics Statistics, int Meetings)> ForYear(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var meetingIds = await db.Meetings.Where(m => m.Date >= from && m.Date <= to).Select(m => m.Id).ToListAsync(ct);
        var contributions = await db.Contributions.Where(c => meetingIds.Contains(c.MeetingId)).ToListAsync(ct);
        return (SpeakerStatistics.Of(contributions, await MembersByGender(ct)), contributions.Select(c => c.MeetingId).Distinct().Count());
    }

    /// <summary>Meeting types the association's rules require statistics at (none when no plugin says).</summary>
    public IReadOnlyList<string> RequiredMeetingTypes(int year) => rules.Ask<ISpeakerStatisticsRule, IReadOnlyList<string>>(
        association.Required.Id,
        all => all.Count == 0 ? null : all.SelectMany(r => r.MeetingTypesRequiringStatistics(year)).Distinct().ToList(),
        []);

    /// <summary>The year's meetings held by <paramref name="asOf"/> that the rules require statistics at, and whether they have them.</summary>
    public async Task<List<(Meeting Meeting, bool HasStatistics)>> RequiredMeetingsWithStatistics(int year, DateOnly asOf, CancellationToken ct = default)
    {
        var kinds = RequiredMeetingTypes(year);
        if (kinds.Count == 0) return [];
        var meetings = (await Meetings(year, ct)).Where(m => m.Date <= asOf && kinds.Contains(m.Kind)).ToList();
        var ids = meetings.Select(m => m.Id).ToList();
        var withStatistics = (await db.Contributions.Where(c => ids.Contains(c.MeetingId) && c.StartedAt != null)
            .Select(c => c.MeetingId).Distinct().ToListAsync(ct)).ToHashSet();
        return meetings.Select(m => (m, withStatistics.Contains(m.Id))).ToList();
    }

    private async Task<IReadOnlyDictionary<string, int>?> MembersByGender(CancellationToken ct) =>
        Directory is { } directory ? await directory.CountByGender(ct) : null;
}
