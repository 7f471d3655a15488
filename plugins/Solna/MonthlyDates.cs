namespace Federation.Plugins.Solna;

/// <summary>One date per calendar month, picked by a rule, kept within inclusive bounds.</summary>
internal static class MonthlyDates
{
    public static IEnumerable<DateOnly> Between(DateOnly from, DateOnly to, Func<int, int, DateOnly> pick)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var date = pick(month.Year, month.Month);
            if (date >= from && date <= to)
                yield return date;
        }
    }

    public static DateOnly First(int year, int month, DayOfWeek day)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)day - (int)first.DayOfWeek + 7) % 7);
    }

    public static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }
}
