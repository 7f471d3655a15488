using NodaTime;

namespace Federation.Activities.Domain;

/// <summary>
/// Activities happen in Europe/Stockholm local time; storage keeps UTC instants. A local time that
/// does not exist (the hour skipped on the last Sunday of March) moves forward, an ambiguous one
/// (October) takes the earlier instant — NodaTime's lenient resolver.
/// </summary>
internal static class StockholmTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        LocalDate.FromDateOnly(date).At(LocalTime.FromTimeOnly(time)).InZoneLeniently(Zone).ToDateTimeUtc();

    /// <summary>A client's time: without offset it is Stockholm local time; with one it is an instant.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => LocalDateTime.FromDateTime(value).InZoneLeniently(Zone).ToDateTimeUtc(),
    };

    public static ZonedDateTime InStockholm(DateTime utc) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Zone);

    public static DateTimeOffset ToOffset(DateTime utc) => InStockholm(utc).ToDateTimeOffset();

    public static DateOnly LocalDateOf(DateTime utc) => InStockholm(utc).Date.ToDateOnly();

    public static DateOnly Today(TimeProvider clock) => LocalDateOf(clock.GetUtcNow().UtcDateTime);
}
