using Federation.Extensions;

namespace Federation.Board.Domain;

/// <summary>How far a target has come: what is done, what should be done by now, the whole target, a traffic light.</summary>
internal sealed record Progress(decimal Done, decimal ExpectedByNow, decimal Target, string Status, string Source)
{
    public const string Green = "green";
    public const string Yellow = "yellow";
    public const string Red = "red";
    /// <summary>No data yet (e.g. a share nobody has entered).</summary>
    public const string Grey = "grey";
}

/// <summary>One semester of a per-semester target: VT (January–June) or HT (July–December), reached of the group.</summary>
internal sealed record SemesterProgress(string Semester, decimal Done, decimal Target);

/// <summary>What the module knows for one plan year, from messages and its own records.</summary>
internal sealed record PlanFacts(
    int Year,
    DateOnly AsOf,
    int PlanFirstYear,
    int PlanLastYear,
    IReadOnlyList<HeldActivity> Held,
    IReadOnlyList<Attendance> Attendance,
    IReadOnlyList<OfficialFact> Officials,
    IReadOnlySet<string> FunctionsFilled,
    IReadOnlyList<DateOnly> FollowUps,
    IReadOnlyDictionary<Guid, List<TargetEntry>> Entries,
    IReadOnlyDictionary<string, decimal?> MeasuredShares,
    IReadOnlyDictionary<string, IReadOnlyList<(DateOnly On, decimal Amount)>> MeasuredCounts,
    EvenBand Band);

/// <summary>A person in the elected-officials group (board members and those the board marks).</summary>
internal sealed record OfficialFact(Guid MemberId, string Gender);

/// <summary>
/// Computes progress from data wherever data exists; only what no module measures is read from the
/// hand-entered log. Periodic targets ("Röd lördag en gång i månaden", "tre medlemsmöten per termin")
/// credit each month or semester at most its quantity, so a busy month cannot hide an empty one.
/// </summary>
internal static class ProgressCalculator
{
    public const string PlanFollowUp = "plan-follow-up";
    public const string RulePrefix = "rule:";

    private static readonly HashSet<string> ActivityTypeIds = [.. ActivityTypes.All];

    public static bool IsActivityType(string? subject) => subject is not null && ActivityTypeIds.Contains(subject);

    /// <summary>A target due by a date is judged by that date: red after it when unmet, however the period runs.</summary>
    public static Progress For(Target target, PlanFacts facts)
    {
        var progress = Measure(target, facts);
        return target.DueOn is { } due && facts.AsOf > due && progress.Done < progress.Target && progress.Status != Progress.Grey
            ? progress with { Status = Progress.Red }
            : progress;
    }

    private static Progress Measure(Target target, PlanFacts facts)
    {
        var entries = facts.Entries.GetValueOrDefault(target.Id) ?? [];
        // A count another module measures (media appearances, course occasions) is read, not typed in.
        if (target.Kind is TargetKind.ActivityCount or TargetKind.Manual && target.Subject is { } subject
            && facts.MeasuredCounts.TryGetValue(subject, out var measured))
            return Count(target, facts, measured, "measured");
        return target.Kind switch
        {
            TargetKind.ActivityCount => Counted(target, facts, entries),
            TargetKind.PerPerson => PerPerson(target, facts),
            TargetKind.Share => Share(target, facts, entries),
            TargetKind.Presence => Presence(target, facts),
            TargetKind.Even => Even(target, facts),
            _ => Count(target, facts, entries.Select(e => (e.On, e.Value)), "manual"),
        };
    }

    private static Progress Counted(Target target, PlanFacts facts, List<TargetEntry> entries)
    {
        var subject = target.Subject ?? "";
        if (subject.StartsWith(RulePrefix, StringComparison.Ordinal))
        {
            var rule = subject[RulePrefix.Length..];
            return Count(target, facts, facts.Held.Where(h => h.SeriesRuleId == rule).Select(h => (h.Date, 1m)), "activities");
        }
        if (subject == PlanFollowUp) return Count(target, facts, facts.FollowUps.Select(d => (d, 1m)), "follow-ups");
        // A series that is a goal of its own does not count for the type where the template says so: pizza alone must
        // not meet "minst en social aktivitet utöver Syninge" (seed 000). Elsewhere it does (a Röd lördag leafleting is a leafleting).
        if (IsActivityType(subject))
            return Count(target, facts, facts.Held
                .Where(h => h.Type == subject && (target.ExceptRule is null || h.SeriesRuleId != target.ExceptRule))
                .Select(h => (h.Date, 1m)), "activities");
        // Counted things no module reports (e.g. a course the city hall arranges) are logged by hand.
        return Count(target, facts, entries.Select(e => (e.On, e.Value)), "manual");
    }

    private static Progress Count(Target target, PlanFacts facts, IEnumerable<(DateOnly On, decimal Amount)> items, string source)
    {
        IReadOnlyList<(DateOnly From, DateOnly To)> windows = target.DueOn is { } due ? [(new DateOnly(facts.PlanFirstYear, 1, 1), due)] : Windows(target.Period, facts);
        var list = items.ToList();
        decimal done = 0, expected = 0;
        foreach (var (from, to) in windows)
        {
            var inWindow = list.Where(i => from <= i.On && i.On <= to).Sum(i => i.Amount);
            done += windows.Count == 1 ? inWindow : Math.Min(inWindow, target.Quantity);
            expected += ExpectedIn(target.Quantity, from, to, facts.AsOf);
        }
        return Rate(done, expected, target.Quantity * windows.Count, source);
    }

    private static Progress PerPerson(Target target, PlanFacts facts)
    {
        var windows = Windows(target.Period, facts);
        var (from, to) = windows.FirstOrDefault(w => w.From <= facts.AsOf && facts.AsOf <= w.To,
            facts.AsOf < windows[0].From ? windows[0] : windows[^1]);
        var group = facts.Officials.Select(o => o.MemberId).ToHashSet();
        if (group.Count == 0) return new(0, 0, 0, Progress.Grey, "attendance");
        return Rate(Reached(target, facts, from, to, group), ExpectedIn(group.Count, from, to, facts.AsOf), group.Count, "attendance");
    }

    /// <summary>
    /// Each semester on its own for a per-person target per semester ("två flygbladsutdelningar per termin"): the annual
    /// report judges every semester, not only the last. Empty for other targets.
    /// </summary>
    public static IReadOnlyList<SemesterProgress> Semesters(Target target, PlanFacts facts)
    {
        if (target is not { Kind: TargetKind.PerPerson, Period: TargetPeriod.Semester }) return [];
        var group = facts.Officials.Select(o => o.MemberId).ToHashSet();
        return [.. SemestersOf(facts.Year).Select(s => new SemesterProgress(s.Name, Reached(target, facts, s.From, s.To, group), group.Count))];
    }

    /// <summary>The year's two semesters (terminer): VT January–June, HT July–December.</summary>
    public static IReadOnlyList<(string Name, DateOnly From, DateOnly To)> SemestersOf(int year) =>
        [("VT", new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)), ("HT", new DateOnly(year, 7, 1), new DateOnly(year, 12, 31))];

    /// <summary>Members of the group who attended at least the target's number of its activity type in [from, to].</summary>
    private static int Reached(Target target, PlanFacts facts, DateOnly from, DateOnly to, HashSet<Guid> group) => facts.Attendance
        .Where(a => a.Attended && a.Type == target.Subject && from <= a.Date && a.Date <= to && group.Contains(a.MemberId))
        .GroupBy(a => a.MemberId)
        .Count(g => g.Count() >= target.Quantity);

    private static Progress Share(Target target, PlanFacts facts, List<TargetEntry> entries)
    {
        if (target.Subject is not null && facts.MeasuredShares.TryGetValue(target.Subject, out var measured))
            return measured is { } share ? RateShare(share, target.Quantity, "measured") : new(0, target.Quantity, target.Quantity, Progress.Grey, "measured");
        var latest = entries.Where(e => e.On.Year <= facts.Year).OrderBy(e => e.On).ThenBy(e => e.CreatedAt).LastOrDefault();
        return latest is null
            ? new(0, target.Quantity, target.Quantity, Progress.Grey, "manual")
            : RateShare(latest.Value, target.Quantity, "manual");
    }

    /// <summary>
    /// Even both ways: green inside the band, yellow within five points outside it, red beyond; Done is the share of
    /// women, Target the band's nearest edge (its low edge while inside), so the report reads "74 % of 60 %".
    /// </summary>
    private static Progress Even(Target target, PlanFacts facts)
    {
        var (low, high) = (facts.Band.LowestWomenShare, facts.Band.HighestWomenShare);
        if (target.Subject is null || facts.MeasuredShares.GetValueOrDefault(target.Subject) is not { } share)
            return new(0, low, low, Progress.Grey, "measured");
        var edge = share > high ? high : low;
        var outside = share < low ? low - share : share > high ? share - high : 0;
        var status = outside == 0 ? Progress.Green : outside <= 5 ? Progress.Yellow : Progress.Red;
        return new(Math.Round(share, 1), edge, edge, status, "measured");
    }

    private static Progress Presence(Target target, PlanFacts facts)
    {
        var filled = target.Subject is not null && facts.FunctionsFilled.Contains(target.Subject);
        return new(filled ? 1 : 0, 1, 1, filled ? Progress.Green : Progress.Red, "board");
    }

    private static Progress RateShare(decimal share, decimal wanted, string source) =>
        new(Math.Round(share, 1), wanted, wanted,
            share >= wanted ? Progress.Green : share >= wanted * 0.8m ? Progress.Yellow : Progress.Red, source);

    /// <summary>Green when on track (or done), yellow when at least half of what is due, red below that.</summary>
    private static Progress Rate(decimal done, decimal expected, decimal target, string source)
    {
        var status = done >= target || done >= expected ? Progress.Green
            : done * 2 >= expected ? Progress.Yellow
            : Progress.Red;
        return new(done, expected, target, status, source);
    }

    /// <summary>What should be done of <paramref name="quantity"/> in [from, to] by <paramref name="asOf"/>: pro rata by days, whole units.</summary>
    internal static decimal ExpectedIn(decimal quantity, DateOnly from, DateOnly to, DateOnly asOf)
    {
        if (asOf < from) return 0;
        if (asOf >= to) return quantity;
        var elapsed = asOf.DayNumber - from.DayNumber + 1;
        var total = to.DayNumber - from.DayNumber + 1;
        return Math.Floor(quantity * elapsed / total);
    }

    internal static IReadOnlyList<(DateOnly From, DateOnly To)> Windows(TargetPeriod period, PlanFacts facts)
    {
        var y = facts.Year;
        return period switch
        {
            TargetPeriod.Month => Enumerable.Range(1, 12)
                .Select(m => (new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)))).ToList(),
            TargetPeriod.Semester => [.. SemestersOf(y).Select(s => (s.From, s.To))],
            TargetPeriod.Plan => [(new DateOnly(facts.PlanFirstYear, 1, 1), new DateOnly(facts.PlanLastYear, 12, 31))],
            _ => [(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))],
        };
    }
}
