using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// Introduction talks for new elected officials (<see cref="IntroductionTalk"/>): who is waiting, booking one, marking it
/// held, and the shares the activity plan counts. An official is new for <see cref="NewForDays"/> days from their first
/// day as an official (on the board or marked by it).
/// </summary>
internal sealed class IntroductionTalks(BoardDbContext db, BoardComposition board, IServiceProvider services, TimeProvider clock)
{
    /// <summary>Local default (the seeds say "nya" without a time): new for a year from the first day.</summary>
    public const int NewForDays = 365;

    /// <summary>Today's new officials with their talk, those waiting for a booking first; a logged read of the names.</summary>
    public async Task<IReadOnlyList<IntroductionRow>> List(CancellationToken ct = default)
    {
        var rows = await Rows(ct);
        if (services.GetService<IMemberDirectory>() is { } directory && rows.Count > 0) await directory.Shown(rows.Select(r => r.MemberId), "introduction talks", ct);
        return rows;
    }

    /// <summary>How many new officials wait to be booked (no names, so nothing to log).</summary>
    public async Task<int> Waiting(CancellationToken ct = default) => (await Rows(ct)).Count(r => r.Status == IntroductionStatus.Waiting);

    private async Task<IReadOnlyList<IntroductionRow>> Rows(CancellationToken ct)
    {
        var today = Stockholm.Today(clock);
        var firstDays = await FirstDays(ct);
        var officials = (await board.ElectedOfficials(today, ct))
            .Where(o => firstDays.TryGetValue(o.MemberId, out var first) && first > today.AddDays(-NewForDays)).ToList();
        var ids = officials.Select(o => o.MemberId).ToList();
        var talks = await db.IntroductionTalks.AsNoTracking().Where(t => ids.Contains(t.MemberId)).ToDictionaryAsync(t => t.MemberId, ct);
        return officials
            .Select(o => new IntroductionRow(o.MemberId, o.Name, firstDays[o.MemberId], talks.GetValueOrDefault(o.MemberId)))
            .OrderBy(r => r.Status).ThenBy(r => r.OfficialSince).ThenBy(r => r.Name).ToList();
    }

    public async Task<IntroductionTalk> Book(Guid memberId, DateOnly? on, string? with, string by, CancellationToken ct = default)
    {
        if (on is null) throw new BoardValidationException("on", "Ange vilken dag samtalet är bokat.");
        if (string.IsNullOrWhiteSpace(with)) throw new BoardValidationException("with", "Ange vilken gruppledare som håller samtalet.");
        var talk = await Talk(memberId, ct);
        if (talk.HeldOn is { } held) throw new BoardValidationException("memberId", $"Introduktionssamtalet hölls redan {held:yyyy-MM-dd}.");
        (talk.BookedFor, talk.GroupLeader) = (on.Value, with.Trim());
        return await Save(talk, by, ct);
    }

    public async Task<IntroductionTalk> MarkHeld(Guid memberId, DateOnly? on, string by, CancellationToken ct = default)
    {
        var today = Stockholm.Today(clock);
        var day = on ?? today;
        if (day > today) throw new BoardValidationException("on", "Ett samtal kan inte markeras som hållet i förväg.");
        var talk = await Talk(memberId, ct);
        if (string.IsNullOrEmpty(talk.GroupLeader)) throw new BoardValidationException("memberId", "Boka samtalet först: vem höll det, och när?");
        talk.HeldOn = day;
        return await Save(talk, by, ct);
    }

    /// <summary>
    /// Of the officials who became new in <paramref name="year"/> up to <paramref name="asOf"/>: the share booked for a talk
    /// (Solna 2024's "bokas in") and the share who had it (Solna 2020's "träffar"); null when nobody became an official.
    /// </summary>
    public async Task<(decimal? Booked, decimal? Held)> Shares(int year, DateOnly asOf, CancellationToken ct = default)
    {
        var newcomers = (await FirstDays(ct)).Where(f => f.Value.Year == year && f.Value <= asOf).Select(f => f.Key).ToList();
        if (newcomers.Count == 0) return (null, null);
        var talks = await db.IntroductionTalks.AsNoTracking().Where(t => newcomers.Contains(t.MemberId)).ToListAsync(ct);
        decimal Percent(int n) => Math.Round(100m * n / newcomers.Count, 1);
        return (Percent(talks.Count), Percent(talks.Count(t => t.HeldOn is { } h && h <= asOf)));
    }

    /// <summary>Each member's first day as an official: their earliest board role or marking.</summary>
    private async Task<Dictionary<Guid, DateOnly>> FirstDays(CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().Where(r => r.MemberId != null).Select(r => new { MemberId = r.MemberId!.Value, r.From }).ToListAsync(ct);
        var marked = await db.ElectedOfficials.AsNoTracking().Select(o => new { o.MemberId, o.From }).ToListAsync(ct);
        return roles.Concat(marked).GroupBy(x => x.MemberId).ToDictionary(g => g.Key, g => g.Min(x => x.From));
    }

    private async Task<IntroductionTalk> Talk(Guid memberId, CancellationToken ct)
    {
        var today = Stockholm.Today(clock);
        var firstDays = await FirstDays(ct);
        if (!(await board.ElectedOfficials(today, ct)).Any(o => o.MemberId == memberId)
            || !firstDays.TryGetValue(memberId, out var first) || first <= today.AddDays(-NewForDays))
            throw new BoardValidationException("memberId", "Medlemmen är ingen ny förtroendevald (nya är de som blivit förtroendevalda det senaste året).");
        var talk = await db.IntroductionTalks.FirstOrDefaultAsync(t => t.MemberId == memberId, ct);
        if (talk is null) db.IntroductionTalks.Add(talk = new IntroductionTalk { Id = Guid.NewGuid(), MemberId = memberId });
        return talk;
    }

    private async Task<IntroductionTalk> Save(IntroductionTalk talk, string by, CancellationToken ct)
    {
        (talk.UpdatedBy, talk.UpdatedAt) = (by, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return talk;
    }
}

/// <summary>The plan's measures (target subjects) of the introduction talks.</summary>
internal static class IntroductionMeasures
{
    /// <summary>Share of the year's new officials booked for a talk ("bokas in", Solna 2024).</summary>
    public const string Booked = "new-officials-booked-for-introduction";

    /// <summary>Share of the year's new officials who had their talk ("träffar", Solna 2020).</summary>
    public const string Held = "new-officials-introduced";
}

internal enum IntroductionStatus { Waiting, Booked, Held }

/// <summary>A new official and their talk, if booked.</summary>
internal sealed record IntroductionRow(Guid MemberId, string Name, DateOnly OfficialSince, IntroductionTalk? Talk)
{
    public IntroductionStatus Status => Talk is null ? IntroductionStatus.Waiting : Talk.HeldOn is null ? IntroductionStatus.Booked : IntroductionStatus.Held;
}
