using Federation.Platform.Web;

namespace Federation.Communications.Domain;

/// <summary>Days as the associations count them (Europe/Stockholm), for months, semesters and due dates.</summary>
internal static class SwedishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(LocalTime.Of(instant));

    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(LocalTime.Of(utc));

    /// <summary>The first instant (UTC) of <paramref name="day"/> in Stockholm.</summary>
    public static DateTime StartUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);
}
