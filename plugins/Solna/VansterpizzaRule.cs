using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Vänsterpizza on the last Thursday of every month.
/// Seed 000_b4b723193304cf5f.txt: "Arrangera Vänsterpizza sista torsdagen varje månad."
/// </summary>
public sealed class VansterpizzaRule : IRecurrenceRule
{
    public const string RuleId = "vansterpizza";

    public string Id => RuleId;

    public LocalizedText Name { get; } = new("Vänsterpizza", "Left pizza night");

    public string ActivityType => ActivityTypes.Social;

    public TimeOnly DefaultStart { get; } = new(18, 0);

    public TimeSpan DefaultDuration { get; } = TimeSpan.FromHours(3);

    /// <inheritdoc />
    /// <remarks>Both bounds are inclusive. "varje månad": no summer break.</remarks>
    public IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to) =>
        MonthlyDates.Between(from, to, (year, month) => MonthlyDates.Last(year, month, DayOfWeek.Thursday));
}
