using System.Security.Cryptography;
using Federation.Board.Storage;
using Federation.Extensions;
using Federation.Membership.Contracts;
using Federation.Platform.Plugins;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// A meeting's speaker list (talarlista) while the meeting runs. Every change takes the meeting's row lock, counts up
/// the list's version and, once committed, sends the new state to every phone and projector following the meeting.
/// </summary>
internal sealed class SpeakerListService(
    BoardDbContext db, AssociationContext association, IPluginRules rules, IServiceProvider services, TimeProvider clock,
    SpeakerStatisticsService statistics, SpeakerLive live, SpeakerBoardRenderer renderer)
{
    private const string CodeLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private IMemberDirectory? Directory => services.GetService<IMemberDirectory>();

    public async Task<Meeting?> FindByCode(string? code, CancellationToken ct = default)
    {
        var normalized = code?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(normalized) ? null : await db.Meetings.FirstOrDefaultAsync(m => m.SpeakerCode == normalized, ct);
    }

    /// <summary>The meeting's code for phones, made the first time someone asks for it.</summary>
    public async Task<string> Code(Guid meetingId, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw NoMeeting();
        if (meeting.SpeakerCode is { } code) return code;
        do meeting.SpeakerCode = RandomNumberGenerator.GetString(CodeLetters, 6);
        while (await db.Meetings.AnyAsync(m => m.SpeakerCode == meeting.SpeakerCode && m.Id != meetingId, ct));
        await db.SaveChangesAsync(ct);
        return meeting.SpeakerCode;
    }

    /// <summary>The list in speaking order (<see cref="SpeakerQueue"/>); the members on it are logged as read.</summary>
    public async Task<List<Contribution>> List(Guid meetingId, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw NoMeeting();
        var list = await Ordered(meeting, ct);
        if (Directory is { } directory) await directory.Shown(list.Where(c => c.MemberId is not null).Select(c => c.MemberId!.Value), "speaker list", ct);
        return list;
    }

    /// <summary>
    /// Puts someone on the list. A person asking for the floor who already waits with the same kind of contribution keeps
    /// their place (no double entries); the meeting's row lock makes concurrent requests take distinct numbers.
    /// </summary>
    public async Task<Contribution> AddSpeaker(Guid meetingId, Guid? memberId, string? name, string? gender, string? type,
        string? requestedBy = null, CancellationToken ct = default)
    {
        type ??= Contribution.Speech;
        if (!Contribution.Types.Contains(type))
            throw new BoardValidationException("type", $"Okänd typ av inlägg '{type}'. Välj {string.Join(", ", Contribution.Types)}.");
        if (gender is not null && !Gender.All.Contains(gender))
            throw new BoardValidationException("gender", $"Okänt kön '{gender}'. Välj {string.Join(", ", Gender.All)}.");
        var card = memberId is { } id && Directory is { } directory ? await directory.Find(id, ct) : null;
        var resolved = card?.Name ?? name?.Trim();
        if (string.IsNullOrWhiteSpace(resolved)) throw new BoardValidationException("name", "Ange talarens namn.");
        Contribution? contribution;
        await using (var transaction = await Lock(meetingId, ct))
        {
            contribution = await db.Contributions.FirstOrDefaultAsync(c => c.MeetingId == meetingId && c.StartedAt == null && c.Type == type
                && ((requestedBy != null && c.RequestedBy == requestedBy) || (card != null && c.MemberId == card.MemberId)), ct);
            if (contribution is not null) return contribution;
            var number = await db.Contributions.Where(c => c.MeetingId == meetingId).Select(c => (int?)c.Number).MaxAsync(ct) ?? 0;
            contribution = new Contribution
            {
                Id = Guid.NewGuid(), MeetingId = meetingId, Number = number + 1, MemberId = card?.MemberId ?? memberId,
                Name = resolved, Gender = card?.Gender ?? gender ?? Gender.NotStated, Type = type, RequestedBy = requestedBy,
            };
            db.Contributions.Add(contribution);
            await Commit(transaction, meetingId, ct);
        }
        await Publish(meetingId, ct);
        return contribution;
    }

    /// <summary>Takes a waiting request off the list: the chair any, a person only their own (<paramref name="requestedBy"/>).</summary>
    public async Task Withdraw(Guid meetingId, Guid contributionId, string? requestedBy, CancellationToken ct = default)
    {
        await using (var transaction = await Lock(meetingId, ct))
        {
            var contribution = await db.Contributions.FirstOrDefaultAsync(c => c.Id == contributionId && c.MeetingId == meetingId, ct);
            if (contribution is null || (requestedBy is not null && contribution.RequestedBy != requestedBy))
                throw new BoardValidationException("contributionId", "Det finns ingen sådan begäran på talarlistan.");
            if (!contribution.Waiting)
                throw new BoardValidationException("contributionId", $"{contribution.Name} har redan fått ordet; ett hållet inlägg tas inte bort.");
            db.Contributions.Remove(contribution);
            await Commit(transaction, meetingId, ct);
        }
        await Publish(meetingId, ct);
    }

    /// <summary>Gives the floor to the first in the queue, unless someone already speaks.</summary>
    public Task<Contribution?> Start(Guid meetingId, CancellationToken ct = default) => Change(meetingId, StartNext, ct);

    /// <summary>Stops the one speaking and records the time.</summary>
    public Task<Contribution?> Stop(Guid meetingId, CancellationToken ct = default) => Change(meetingId, StopSpeaking, ct);

    /// <summary>Stops the one speaking and gives the floor to the next, in one step.</summary>
    public Task<Contribution?> Next(Guid meetingId, CancellationToken ct = default) =>
        Change(meetingId, list => { StopSpeaking(list); return StartNext(list); }, ct);

    /// <summary>Sets the longest speech (seconds, 10 s to an hour), or no limit with null.</summary>
    public async Task SetLimit(Guid meetingId, int? seconds, CancellationToken ct = default)
    {
        if (seconds is < 10 or > 3600) throw new BoardValidationException("seconds", "Talartiden per inlägg ska vara mellan 10 sekunder och en timme, eller ingen gräns.");
        await using (var transaction = await Lock(meetingId, ct))
        {
            (await db.Meetings.FirstAsync(m => m.Id == meetingId, ct)).SpeechLimitSeconds = seconds;
            await Commit(transaction, meetingId, ct);
        }
        await Publish(meetingId, ct);
    }

    /// <summary>What phones, the projector and the control view show, read without logging (the caller logs).</summary>
    public async Task<SpeakerState> State(Meeting meeting, CancellationToken ct = default)
    {
        var list = await Ordered(meeting, ct);
        return new SpeakerState(meeting.Id, meeting.Title, meeting.SpeakerCode, meeting.SpeakerListVersion, clock.GetUtcNow().UtcDateTime,
            meeting.SpeechLimitSeconds, list, await statistics.ForMeeting(meeting.Id, ct), statistics.Band(meeting.Date.Year));
    }

    /// <summary>Sends the meeting's current state to everyone following it; the members shown are logged once, not per phone.</summary>
    public async Task Publish(Guid meetingId, CancellationToken ct = default)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstAsync(m => m.Id == meetingId, ct);
        var state = await State(meeting, ct);
        if (Directory is { } directory)
            await directory.Shown(state.List.Where(c => c.MemberId is not null).Select(c => c.MemberId!.Value), "speaker list on phones and projector", ct);
        live.Publish(association.Required.Id, meetingId, await renderer.Render(state));
    }

    private async Task<List<Contribution>> Ordered(Meeting meeting, CancellationToken ct) =>
        SpeakerQueue.Order(await db.Contributions.AsNoTracking().Where(c => c.MeetingId == meeting.Id).ToListAsync(ct), Order(meeting));

    private SpeakerListOrder Order(Meeting meeting) => rules.Ask<ISpeakerListRule, SpeakerListOrder?>(
        association.Required.Id, all => all.Count == 0 ? null : all[0].Order(meeting.Kind, meeting.Date.Year), null) ?? SpeakerListOrder.Default;

    private async Task<Contribution?> Change(Guid meetingId, Func<List<Contribution>, Contribution?> change, CancellationToken ct)
    {
        Contribution? result;
        await using (var transaction = await Lock(meetingId, ct))
        {
            var meeting = await db.Meetings.FirstAsync(m => m.Id == meetingId, ct);
            var rows = await db.Contributions.Where(c => c.MeetingId == meetingId).ToListAsync(ct);
            result = change(SpeakerQueue.Order(rows, Order(meeting)));
            await Commit(transaction, meetingId, ct);
        }
        await Publish(meetingId, ct);
        return result;
    }

    private Contribution? StartNext(List<Contribution> list)
    {
        if (list.FirstOrDefault(c => c.Speaking) is { } speaking) return speaking;
        var next = list.FirstOrDefault(c => c.Waiting);
        if (next is not null) next.StartedAt = clock.GetUtcNow().UtcDateTime;
        return next;
    }

    private Contribution? StopSpeaking(List<Contribution> list)
    {
        var speaking = list.FirstOrDefault(c => c.Speaking);
        if (speaking is null) return null;
        speaking.StoppedAt = clock.GetUtcNow().UtcDateTime;
        speaking.Seconds = Math.Max(0, (int)Math.Round((speaking.StoppedAt.Value - speaking.StartedAt!.Value).TotalSeconds));
        return speaking;
    }

    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> Lock(Guid meetingId, CancellationToken ct) =>
        await db.Lock(db.Meetings.Where(m => m.Id == meetingId), m => m.SpeakerListVersion, ct) ?? throw NoMeeting();

    private async Task Commit(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, Guid meetingId, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await db.Meetings.Where(m => m.Id == meetingId).ExecuteUpdateAsync(s => s.SetProperty(m => m.SpeakerListVersion, m => m.SpeakerListVersion + 1), ct);
        await transaction.CommitAsync(ct);
    }

    private static BoardValidationException NoMeeting() => new("meetingId", "Mötet finns inte.");
}

/// <summary>A speaker list as shown: <see cref="List"/> in speaking order, with the statistics so far.</summary>
internal sealed record SpeakerState(Guid MeetingId, string Title, string? Code, int Version, DateTime Now, int? LimitSeconds,
    IReadOnlyList<Contribution> List, SpeakerStatistics Statistics, EvenBand Band)
{
    public Contribution? Speaking => List.FirstOrDefault(c => c.Speaking);
    public IEnumerable<Contribution> Waiting => List.Where(c => c.Waiting);
}
