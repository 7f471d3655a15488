using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Federation.Communications.Tests;

/// <summary>A word of a PDF page where a reader finds it: its text and box in millimetres from the top left.</summary>
internal sealed record PdfWord(int Page, string Text, double Left, double Top, double Right, double Bottom);

/// <summary>
/// Reads a PDF as a person's viewer would, with poppler's <c>pdftotext -bbox</c> (Debian's poppler-utils, installed by
/// <c>.ci/test</c>): the words with their positions, so a test can tell what is printed where.
/// </summary>
internal static partial class PdfWords
{
    private const double PointsPerMm = 72 / 25.4;

    public static async Task<IReadOnlyList<PdfWord>> Read(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-bbox", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext (poppler-utils) is not installed.");
            var xhtml = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(0, await process.StandardError.ReadToEndAsync());
            var words = new List<PdfWord>();
            var page = 0;
            foreach (Match m in Tokens().Matches(xhtml))
            {
                if (m.Groups["page"].Success) { page++; continue; }
                double Mm(string name) => double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) / PointsPerMm;
                words.Add(new(page, WebUtility.HtmlDecode(m.Groups["text"].Value), Mm("x0"), Mm("y0"), Mm("x1"), Mm("y1")));
            }
            return words;
        }
        finally { File.Delete(file); }
    }

    /// <summary>The words of one page as text, in reading order.</summary>
    public static string Text(this IEnumerable<PdfWord> words, int page) => string.Join(" ", words.Where(w => w.Page == page).Select(w => w.Text));

    [GeneratedRegex("""(?<page><page )|<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex Tokens();
}
