using Federation.Extensions;
using Federation.Platform.Plugins;

namespace Federation.Activities.Domain;

/// <summary>A rule a series may follow: a plugin's or a built-in pattern.</summary>
internal sealed record RuleInfo(string Id, LocalizedText Name, string? ActivityType, TimeOnly? DefaultStart, TimeSpan? DefaultDuration, bool BuiltIn);

/// <summary>
/// The dates of a series. Plugin rules are asked through <see cref="IPluginRules"/> so a failing
/// plugin leaves the series without new dates instead of failing the request.
/// </summary>
internal sealed class Recurrence(IPluginRules plugins)
{
    public const string Weekly = "weekly";
    public const string MonthlyOnDay = "monthly-day";
    public const string MonthlyOnWeekday = "monthly-weekday";

    private static readonly RuleInfo[] BuiltIns =
    [
        new(Weekly, new("Varje vecka", "Every week"), null, null, null, true),
        new(MonthlyOnDay, new("Varje månad på en dag", "Monthly on a day"), null, null, null, true),
        new(MonthlyOnWeekday, new("Varje månad på en veckodag (n:te eller sista)", "Monthly on the n-th or last weekday"), null, null, null, true),
    ];

    public IReadOnlyList<RuleInfo> Rules(string associationId) =>
    [
        .. plugins.Ask<IRecurrenceRule, List<RuleInfo>>(associationId,
            all => all.Select(r => new RuleInfo(r.Id, r.Name, r.ActivityType, r.DefaultStart, r.DefaultDuration, false)).ToList(), []),
        .. BuiltIns,
    ];

    public RuleInfo? Find(string associationId, string ruleId) => Rules(associationId).FirstOrDefault(r => r.Id == ruleId);

    /// <summary>The series' dates in [from, to] (inclusive), in order.</summary>
    public IReadOnlyList<DateOnly> Dates(string associationId, ActivitySeries series, DateOnly from, DateOnly to)
    {
        if (from < series.From) from = series.From;
        if (to > series.Until) to = series.Until;
        if (from > to) return [];
        return series.Rule switch
        {
            Weekly => WeeklyDates(series.Weekday!.Value, from, to).ToList(),
            MonthlyOnDay => Monthly(from, to, (y, m) => DayInMonth(y, m, series.DayOfMonth!.Value)).ToList(),
            MonthlyOnWeekday => Monthly(from, to, (y, m) => NthWeekday(y, m, series.Weekday!.Value, series.Ordinal!.Value)).ToList(),
            _ => plugins.Ask<IRecurrenceRule, List<DateOnly>>(associationId,
                all => all.FirstOrDefault(r => r.Id == series.Rule)?.Dates(from, to).ToList(), []),
        };
    }

    private static IEnumerable<DateOnly> WeeklyDates(DayOfWeek day, DateOnly from, DateOnly to)
    {
        for (var date = from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7); date <= to; date = date.AddDays(7))
            yield return date;
    }

    private static IEnumerable<DateOnly> Monthly(DateOnly from, DateOnly to, Func<int, int, DateOnly?> pick)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            if (pick(month.Year, month.Month) is { } date && date >= from && date <= to)
                yield return date;
    }

    /// <summary>"The 31st" skips months without one rather than sliding into the next.</summary>
    private static DateOnly? DayInMonth(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>The n-th (1–5) or last (-1) weekday of a month; a missing 5th is skipped.</summary>
    internal static DateOnly? NthWeekday(int year, int month, DayOfWeek day, int ordinal)
    {
        if (ordinal == -1)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
        }
        var first = new DateOnly(year, month, 1);
        var date = first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7 + 7 * (ordinal - 1));
        return date.Month == month ? date : null;
    }
}
