namespace Federation.Platform.Web;

/// <summary>Times as people in the district read them: stored in UTC, shown in Swedish local time (Europe/Stockholm), never "UTC".</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime Of(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    /// <summary>"2026-11-26 23:59".</summary>
    public static string Show(DateTime utc) => Of(utc).ToString("yyyy-MM-dd HH:mm");

    public static string Show(DateTimeOffset at) => Of(at).ToString("yyyy-MM-dd HH:mm");
}
