using System.Globalization;
using System.Text;
using Federation.Activities.Domain;

namespace Federation.Activities.ICal;

/// <summary>
/// Writes an RFC 5545 calendar of expanded events (one VEVENT per occurrence, no RRULE): every
/// occurrence of a series may be moved on its own, so expanding keeps each exact. Times are local
/// with TZID=Europe/Stockholm and a VTIMEZONE giving the EU summer-time rules; UIDs are the
/// activity's calendar id, the same across edits and in every co-host's feed.
/// </summary>
internal static class ICalendarWriter
{
    public const string Domain = "activities.federation";

    public static string Write(string calendarName, IEnumerable<ActivityView> events, DateTime stampUtc)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Vänsterpartiet Storstockholm//Federation//SV",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(calendarName),
            "X-WR-TIMEZONE:Europe/Stockholm",
            // EU rules since 1996: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00.
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Stockholm",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        };
        var stamp = Utc(stampUtc);
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{e.CalendarId:D}@{Domain}");
            lines.Add("DTSTAMP:" + stamp);
            lines.Add("LAST-MODIFIED:" + Utc(e.UpdatedAt));
            lines.Add("DTSTART;TZID=Europe/Stockholm:" + Local(e.Start));
            lines.Add("DTEND;TZID=Europe/Stockholm:" + Local(e.End));
            lines.Add("SUMMARY:" + Escape(e.Title));
            if (e.Description is { } description) lines.Add("DESCRIPTION:" + Escape(description));
            var location = PlaceText.Location(e.Place, e.Area);
            if (location.Length > 0) lines.Add("LOCATION:" + Escape(location));
            lines.Add("CATEGORIES:" + Escape(KnownActivityTypes.Name(e.Type).Sv));
            lines.Add("CLASS:" + (e.Visibility == "public" ? "PUBLIC" : "PRIVATE"));
            lines.Add("STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED"));
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return text.ToString();
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.</summary>
    internal static string Escape(string text) => text
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Lines longer than 75 octets continue on the next line after CRLF and a space; UTF-8 sequences are never split.</summary>
    internal static void Fold(StringBuilder output, string line)
    {
        var limit = 75;
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            output.Append(line, i, width);
            octets += size;
            i += width - 1;
        }
        output.Append("\r\n");
    }
}
