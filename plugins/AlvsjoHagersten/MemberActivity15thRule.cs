using Federation.Extensions;

namespace Federation.Plugins.AlvsjoHagersten;

/// <summary>
/// A member activity on the 15th of every month except the summer break.
/// Seed 001_6e59b092f880c3c9.txt: "medlemsaktiviteter den 15:e varje månad (med undantag för
/// sommaruppehåll)". The date stays the 15th whatever the weekday: "på olika veckodagar, tider och platser".
/// </summary>
public sealed class MemberActivity15thRule : IRecurrenceRule
{
    public const string RuleId = "member-activity-15th";

    private const int DayOfMonth = 15;

    // The seed says "sommaruppehåll" without naming months; we take July and August.
    private static readonly int[] SummerBreakMonths = [7, 8];

    public string Id => RuleId;

    public LocalizedText Name { get; } = new("Medlemsaktivitet den 15:e", "Member activity on the 15th");

    public string ActivityType => ActivityTypes.MemberMeeting;

    // Only a suggestion: the seed varies the time ("tider"), so the board moves each occurrence as needed.
    public TimeOnly DefaultStart { get; } = new(18, 30);

    public TimeSpan DefaultDuration { get; } = TimeSpan.FromHours(2);

    /// <inheritdoc />
    /// <remarks>Both bounds are inclusive.</remarks>
    public IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var date = month.AddDays(DayOfMonth - 1);
            if (date >= from && date <= to && !SummerBreakMonths.Contains(date.Month))
                yield return date;
        }
    }
}
