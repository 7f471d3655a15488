using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Röd lördag once a month. Seed 002_3e40c140761c4aa3.txt: "Anordna Röd lördag en gång i månaden."
/// The seed does not say which Saturday; we suggest the first Saturday of each month.
/// </summary>
public sealed class RedSaturdayRule : IRecurrenceRule
{
    public const string RuleId = "red-saturday";

    public string Id => RuleId;

    public LocalizedText Name { get; } = new("Röd lördag", "Red Saturday");

    public string ActivityType => ActivityTypes.CampaignEvent;

    public TimeOnly DefaultStart { get; } = new(11, 0);

    public TimeSpan DefaultDuration { get; } = TimeSpan.FromHours(3);

    /// <inheritdoc />
    /// <remarks>Both bounds are inclusive.</remarks>
    public IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to) =>
        MonthlyDates.Between(from, to, (year, month) => MonthlyDates.First(year, month, DayOfWeek.Saturday));
}
