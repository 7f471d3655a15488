using System.Globalization;
using Federation.Activities.Contracts;

namespace Federation.Communications.Domain;

/// <summary>The <c>{{aktiviteter}}</c> block: the coming month's activities as a Markdown list, in Stockholm time.</summary>
internal static class UpcomingBlock
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static async Task<string?> For(IActivityCalendar? calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (calendar is null) return null;
        var coming = await calendar.Between(now, now.AddDays(31), 12, cancellationToken);
        return coming.Count == 0 ? null : string.Join("\n", coming.Select(Line)) + "\n";
    }

    public static string When(DateTimeOffset start) =>
        TimeZoneInfo.ConvertTime(start, SwedishTime.Zone).ToString("ddd d MMMM HH:mm", Swedish);

    private static string Line(CalendarActivity a) =>
        $"- **{When(a.Start)}** {Escape(a.Title)}{(string.IsNullOrWhiteSpace(a.Place) ? "" : ", " + Escape(a.Place))}";

    private static string Escape(string text) => text.Replace("*", "\\*").Replace("_", "\\_").Replace("[", "\\[").Replace("<", "&lt;");
}
