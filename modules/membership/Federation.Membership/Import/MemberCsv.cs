using System.Globalization;
using System.Text;
using CsvHelper;
using Federation.Membership.Domain;
using Federation.Platform.Web;
using static Federation.Platform.Web.Text;

namespace Federation.Membership.Import;

/// <summary>
/// The central register's CSV format (docs/import-format.md): read for import, written for export for
/// Swedish Excel with formula-like cells neutralised (<see cref="SpreadsheetText"/>).
/// </summary>
internal static class MemberCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "member_number", "first_name", "last_name", "email", "phone", "street", "postal_code", "city",
        "birth_year", "gender", "joined_on", "left_on", "paid_until", "tags",
    ];

    /// <summary>One data row: its physical line and its known columns (header names normalised).</summary>
    public sealed record Row(int Line, IReadOnlyDictionary<string, string> Fields);

    public sealed record Parsed(IReadOnlyList<string> Header, IReadOnlyList<string> UnknownColumns, IReadOnlyList<Row> Rows);

    /// <summary>
    /// Reads UTF-8 with or without BOM — or Latin-1, as older Excel saves a "CSV" in Sweden, recognised by
    /// bytes that are not UTF-8 — comma or semicolon separated (whichever the header uses).
    /// </summary>
    public static Parsed Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = Utf8(buffer.ToArray());
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var firstLine = bytes.AsSpan(bom);
        if (firstLine.IndexOf((byte)'\n') is var nl and >= 0) firstLine = firstLine[..nl];
        var separator = firstLine.Count((byte)';') > firstLine.Count((byte)',') ? ';' : ',';
        using var csv = CsvReader.Create(bytes.AsMemory(bom), new CsvReaderOptions
        {
            Separator = separator,
            TrimWhitespace = true,
            TrackLineNumbers = true,
        });
        var raw = csv.Headers.ToList();
        if (raw.Count == 0 || raw.All(string.IsNullOrWhiteSpace))
            throw new MemberCsvException(T("Filen är tom: första raden ska namnge kolumnerna.", "The file is empty: the first line must name the columns."));
        var header = raw.Select(NormalizeHeader).ToList();
        if (!header.Contains("member_number"))
            throw new MemberCsvException(T($"Rubrikraden har ingen kolumn member_number (hittade: {string.Join(", ", raw)}).", $"The header has no member_number column (found: {string.Join(", ", raw)})."));
        var unknown = header.Where(h => !Columns.Contains(h)).Distinct().ToList();
        var rows = new List<Row>();
        while (csv.Read())
        {
            var fields = new Dictionary<string, string>();
            for (var i = 0; i < header.Count; i++)
                if (Columns.Contains(header[i]) && !fields.ContainsKey(header[i]))
                    fields[header[i]] = i < csv.FieldCount ? SpreadsheetText.Restore(csv.GetString(i)) ?? "" : "";
            for (var i = 0; i < csv.FieldCount; i++)
                if (csv.GetString(i)?.Contains('\n') == true)
                    throw new MemberCsvException(
                        T($"Rad {csv.LineNumber}: ett citattecken (\") som öppnas i ett fält stängs aldrig, så raderna efter det skulle läsas in i fältet. Stäng citattecknet eller ta bort det; inget importerades.", $"Line {csv.LineNumber}: a quote (\") opened in a field is not closed, so the lines after it would be read into that field. Close the quote or remove it; nothing was imported."));
            var blank = true;
            for (var i = 0; i < csv.FieldCount && blank; i++) blank = string.IsNullOrWhiteSpace(csv.GetString(i));
            if (blank) continue;
            rows.Add(new Row((int)csv.LineNumber, fields));
        }
        return new Parsed(header, unknown, rows);
    }

    /// <summary>The file as UTF-8: as it is when it is UTF-8, else read as Latin-1 (every byte is a Latin-1 character, Å Ä Ö included).</summary>
    private static byte[] Utf8(byte[] bytes)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return bytes;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(bytes));
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string NormalizeHeader(string name) => name.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    /// <summary>The register as a file for Swedish Excel (<see cref="SpreadsheetText.Csv"/>); import reads it back unchanged.</summary>
    public static byte[] Write(IEnumerable<Member> members) =>
        SpreadsheetText.Csv(members.Select(m => new[]
        {
            m.MemberNumber, m.FirstName, m.LastName, m.Email, m.Phone, m.Street,
            m.PostalCode is { } pc ? $"{pc[..3]} {pc[3..]}" : null, m.City, m.BirthYear?.ToString(CultureInfo.InvariantCulture),
            m.GenderSelfDescribed, m.JoinedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            m.LeftOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.PaidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Join(",", m.TagList),
        }).Prepend([.. Columns]));
}

/// <summary>The file as a whole cannot be read (no header, no member_number column).</summary>
internal sealed class MemberCsvException(string message) : Exception(message);
