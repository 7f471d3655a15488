using Federation.Board.Storage;
using Federation.Extensions;
using Federation.Membership.Contracts;
using Federation.Platform.Plugins;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>Meetings and the speaker statistics (talarstatistik) drawn from their speaker lists.</summary>
internal sealed class SpeakerStatisticsService(
    BoardDbContext db, AssociationContext association, IPluginRules rules, IServiceProvider services)
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

    /// <summary>A meeting's statistics, against the members and against those present (when attendance was taken).</summary>
    public async Task<SpeakerStatistics> ForMeeting(Guid meetingId, CancellationToken ct = default)
    {
        var (present, _) = await Present([meetingId], ct);
        return SpeakerStatistics.Of(await db.Contributions.Where(c => c.MeetingId == meetingId).ToListAsync(ct), await MembersByGender(ct), present);
    }

    /// <summary>The share of women counted as even in <paramref name="year"/> (plugin, default 40–60 %).</summary>
    public EvenBand Band(int year) => rules.EvenBandFor(association.Required.Id, year);

    /// <summary>
    /// The year's statistics over its meetings where someone held the floor, against those present at them: the attendance
    /// in their minutes, summed (someone at three meetings counts three times, as their speeches do). Meetings without a
    /// speaker list are left out of both, so the comparison is with the rooms the speeches were held in.
    /// </summary>
    public async Task<YearSpeakerStatistics> ForYear(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var meetingIds = await db.Meetings.Where(m => m.Date >= from && m.Date <= to).Select(m => m.Id).ToListAsync(ct);
        var contributions = await db.Contributions.Where(c => meetingIds.Contains(c.MeetingId)).ToListAsync(ct);
        var held = contributions.Where(c => c.StartedAt is not null).Select(c => c.MeetingId).Distinct().ToList();
        var (present, withAttendance) = await Present(held, ct);
        return new(year, SpeakerStatistics.Of(contributions, await MembersByGender(ct), present), held.Count, withAttendance, Band(year));
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

    /// <summary>Those present at the meetings by gender (null when none took attendance), and how many meetings took it.</summary>
    private async Task<(IReadOnlyDictionary<string, int>? ByGender, int Meetings)> Present(List<Guid> meetingIds, CancellationToken ct)
    {
        var counts = await db.Attendees.Where(a => meetingIds.Contains(a.MeetingId)).GroupBy(a => new { a.MeetingId, a.Gender })
            .Select(g => new { g.Key.MeetingId, g.Key.Gender, Count = g.Count() }).ToListAsync(ct);
        return counts.Count == 0 ? (null, 0) : (
            counts.GroupBy(c => c.Gender).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            counts.Select(c => c.MeetingId).Distinct().Count());
    }

    private async Task<IReadOnlyDictionary<string, int>?> MembersByGender(CancellationToken ct) =>
        Directory is { } directory ? await directory.CountByGender(ct) : null;
}
