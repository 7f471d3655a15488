using System.Text;

namespace Federation.Platform.Web;

/// <summary>
/// Cells of the CSV files the product exports. Names and notes are typed by members themselves, and a
/// cell that starts like a formula (<c>=HYPERLINK(…)</c>) runs as one when the board opens the file in
/// Excel or LibreOffice. Such a cell gets a leading apostrophe, which spreadsheets show as plain text;
/// reading our own files back removes it again.
/// </summary>
public static class SpreadsheetText
{
    private const string FormulaStarts = "=+-@\t\r";

    public static string? Neutral(string? cell) =>
        cell is { Length: > 0 } && FormulaStarts.Contains(cell[0]) ? "'" + cell : cell;

    public static string? Restore(string? cell) =>
        cell is { Length: > 1 } && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;

    /// <summary>
    /// A CSV file that Swedish Excel opens by a double click: semicolons (Excel's list separator where the
    /// decimal mark is a comma), a UTF-8 byte order mark (else Å, Ä and Ö come out as Latin-1 garbage),
    /// CRLF lines, and every cell neutralised.
    /// </summary>
    public static byte[] Csv(IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows) text.Append(string.Join(';', row.Select(Cell))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public const string CsvContentType = "text/csv; charset=utf-8";

    private static string Cell(string? value) => Neutral(value) is not { } cell ? ""
        : cell.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
