namespace Federation.Membership.Domain;

/// <summary>The district's calendar day: dates (joined, due, "this year") are Europe/Stockholm days.</summary>
internal static class Stockholm
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Zone));

    public static DateTime UtcNow(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime;

    /// <summary>The UTC instant the local year starts.</summary>
    public static DateTime YearStartUtc(int year) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), Zone);
}

/// <summary>The module's clock, keyed so a test host can put its own in front of the system clock.</summary>
internal static class MembershipClock
{
    public const string Key = "membership";
}
