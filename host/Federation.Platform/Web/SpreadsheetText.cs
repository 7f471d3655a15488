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
}
