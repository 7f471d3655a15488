using System.Text.RegularExpressions;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Federation.Communications.Letters;

/// <summary>One printed letter: the recipient's address and the merged text.</summary>
internal sealed record PrintedLetter(string Name, string Street, string PostalCode, string City, string Subject, string Text);

/// <summary>
/// The semester's member letters as one print-ready A4 PDF, one letter per sheet (or more when long).
/// The address block sits where a left window of a C5 or DL envelope shows it (20 mm from the left,
/// 45 mm from the top, 85 × 40 mm), with the return address in small type above it. The fonts are
/// PDFsharp's own, embedded, so the machine needs none installed.
/// </summary>
internal static partial class LetterPdf
{
    private const double Mm = 72 / 25.4;
    private static readonly Lock FontGate = new();

    public static byte[] Render(string association, DateOnly date, IReadOnlyList<PrintedLetter> letters)
    {
        UseEmbeddedFonts();
        using var document = new PdfDocument();
        document.Info.Title = $"Medlemsbrev {association}";
        var body = new XFont("Segoe WP", 10.5);
        var bold = new XFont("Segoe WP", 10.5, XFontStyleEx.Bold);
        var heading = new XFont("Segoe WP", 14, XFontStyleEx.Bold);
        var small = new XFont("Segoe WP", 7.5);
        foreach (var letter in letters)
        {
            var (page, g) = NewPage(document);
            g.DrawString(association, small, XBrushes.DimGray, new XPoint(20 * Mm, 41 * Mm));
            var y = 48 * Mm;
            foreach (var line in new[] { letter.Name, letter.Street, $"{Postal(letter.PostalCode)}  {letter.City}" })
            {
                g.DrawString(line, body, XBrushes.Black, new XPoint(20 * Mm, y));
                y += 5.2 * Mm;
            }
            g.DrawString(date.ToString("yyyy-MM-dd"), body, XBrushes.Black, new XPoint(130 * Mm, 48 * Mm));
            y = 100 * Mm;
            y = Paragraph(g, letter.Subject, heading, y) + 3 * Mm;
            foreach (var (text, strong) in Blocks(letter.Text))
            {
                foreach (var line in Wrap(g, text, strong ? bold : body, 170 * Mm))
                {
                    if (y > 280 * Mm)
                    {
                        g.Dispose();
                        (page, g) = NewPage(document);
                        y = 25 * Mm;
                    }
                    g.DrawString(line, strong ? bold : body, XBrushes.Black, new XPoint(20 * Mm, y));
                    y += 5 * Mm;
                }
                y += 2.5 * Mm;
            }
            g.Dispose();
        }
        if (document.PageCount == 0) NewPage(document).Graphics.Dispose();
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static (PdfPage Page, XGraphics Graphics) NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        return (page, XGraphics.FromPdfPage(page));
    }

    private static double Paragraph(XGraphics g, string text, XFont font, double y)
    {
        foreach (var line in Wrap(g, text, font, 170 * Mm))
        {
            g.DrawString(line, font, XBrushes.Black, new XPoint(20 * Mm, y));
            y += font.Size * 0.5 * Mm;
        }
        return y;
    }

    /// <summary>The merged Markdown as paragraphs to print: headings bold, emphasis and escapes removed.</summary>
    private static IEnumerable<(string Text, bool Strong)> Blocks(string markdown)
    {
        foreach (var block in Regex.Split(markdown.ReplaceLineEndings("\n").Trim(), @"\n\s*\n"))
            foreach (var raw in block.StartsWith("- ") ? block.Split('\n') : [block.Replace('\n', ' ')])
            {
                var heading = raw.StartsWith('#');
                var text = Plain(raw.TrimStart('#').Trim());
                if (text.Length > 0) yield return (raw.StartsWith("- ") ? "• " + text[2..] : text, heading);
            }
    }

    private static string Plain(string text) => Escapes().Replace(text.Replace("**", "").Replace("__", ""), "$1");

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Escapes();

    private static IEnumerable<string> Wrap(XGraphics g, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && g.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) yield return line;
    }

    private static string Postal(string code) => code.Length == 5 ? $"{code[..3]} {code[3..]}" : code;

    private static void UseEmbeddedFonts()
    {
        lock (FontGate) GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
    }

    /// <summary>Segoe WP, shipped inside PDFsharp: regular and bold; italics are slanted by PDFsharp.</summary>
    private sealed class EmbeddedFonts : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(isBold ? "SegoeWPBold" : "SegoeWP", false, isItalic);

        public byte[]? GetFont(string faceName) =>
            faceName == "SegoeWPBold" ? PdfSharp.WPFonts.FontDataHelper.SegoeWPBold : PdfSharp.WPFonts.FontDataHelper.SegoeWP;
    }
}
