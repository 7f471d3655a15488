using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Federation.Communications.Letters;

/// <summary>One printed letter's content: the recipient's address, and the merged subject and body (HTML from the Markdown).</summary>
internal sealed record PrintedLetter(string Name, string Street, string PostalCode, string City, string Subject, string BodyHtml);

/// <summary>
/// Lays out letters rendered by <see cref="LetterSheet"/> (HTML) as one print-ready A4 PDF, one letter per sheet (or
/// more when long). The content comes from the component; the placing is here: the address block where a left
/// window of a C5 or DL envelope shows it (20 mm from the left, 45 mm from the top, 85 × 40 mm), with the association's
/// name in small type at its top, the date to the right, the text below. The fonts are PDFsharp's own, embedded, so
/// the machine needs none installed.
/// </summary>
internal static class LetterPdf
{
    public const double Mm = 72 / 25.4;
    private const double Left = 20 * Mm, Width = 170 * Mm, Bottom = 280 * Mm;
    private static readonly Lock FontGate = new();

    public static byte[] Render(string title, IEnumerable<string> letters)
    {
        UseEmbeddedFonts();
        using var document = new PdfDocument();
        document.Info.Title = title;
        var parser = new HtmlParser();
        foreach (var html in letters)
        {
            var letter = parser.ParseDocument(html).QuerySelector("article.letter")
                ?? throw new InvalidOperationException("The letter's HTML has no <article class=\"letter\">.");
            using var page = new Sheet(document);
            // Baselines: the whole glyphs of the sender's line and the address stay inside the window (45–85 mm).
            page.Text(Of(letter.QuerySelector(".sender")), Fonts.Small, XBrushes.DimGray, Left, 50 * Mm);
            var y = 56 * Mm;
            foreach (var line in letter.QuerySelectorAll("address.recipient span"))
            {
                page.Text(Of(line), Fonts.Body, XBrushes.Black, Left, y);
                y += 5.2 * Mm;
            }
            page.Text(Of(letter.QuerySelector(".date")), Fonts.Body, XBrushes.Black, 130 * Mm, 56 * Mm);
            page.Y = 100 * Mm;
            page.Paragraph([new(Of(letter.QuerySelector(".subject")), Fonts.Heading)], Fonts.Heading.Size * 0.5 * Mm);
            page.Y += 3 * Mm;
            if (letter.QuerySelector(".body") is { } body) Blocks(page, body);
        }
        if (document.PageCount == 0) new Sheet(document).Dispose();
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>The body's blocks as Markdig writes them: headings, paragraphs, lists, quotes and rules.</summary>
    private static void Blocks(Sheet page, IElement container)
    {
        foreach (var block in container.Children)
        {
            switch (block.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6": page.Paragraph(Runs(block, Fonts.Bold), 5.5 * Mm); break;
                case "ul" or "ol": List(page, block, ""); page.Y += 2 * Mm; break;
                case "blockquote": Blocks(page, block); break;
                case "hr": page.Rule(); break;
                default: page.Paragraph(Runs(block, Fonts.Body), 5 * Mm); break;
            }
        }
    }

    /// <summary>A list's items with "•" or their numbers; a nested list's marker is indented.</summary>
    private static void List(Sheet page, IElement list, string indent)
    {
        var number = 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var marker = indent + (list.LocalName == "ol" ? $"{number++}. " : "• ");
            var inline = item.Children.FirstOrDefault(c => c.LocalName == "p") ?? item;
            page.Paragraph([new(marker, Fonts.Body), .. Runs(inline, Fonts.Body, skipLists: true)], 5 * Mm, after: 0.5 * Mm);
            foreach (var nested in item.Children.Where(c => c.LocalName is "ul" or "ol")) List(page, nested, indent + "–");
        }
    }

    /// <summary>The inline text of an element as runs: bold for strong, italic for em, a link's address after its text (paper cannot be clicked).</summary>
    private static IEnumerable<Run> Runs(INode node, XFont font, bool skipLists = false)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) { yield return new(text.Data, font); continue; }
            if (child is not IElement element || skipLists && element.LocalName is "ul" or "ol") continue;
            if (element.LocalName == "br") { yield return new("\n", font); continue; }
            var inner = element.LocalName switch
            {
                "strong" or "b" => font.Bold ? font : Fonts.Bold,
                "em" or "i" => Fonts.Italic,
                _ => font,
            };
            foreach (var run in Runs(element, inner)) yield return run;
            if (element.LocalName == "a" && element.GetAttribute("href") is { } href && href != element.TextContent && !href.StartsWith("mailto:", StringComparison.Ordinal))
                yield return new($" ({href})", font);
        }
    }

    private static string Of(IElement? element) => element?.TextContent.Trim() ?? "";

    /// <summary>A piece of text in one font.</summary>
    private sealed record Run(string Text, XFont Font);

    private static class Fonts
    {
        public static readonly XFont Body = new("Segoe WP", 10.5);
        public static readonly XFont Bold = new("Segoe WP", 10.5, XFontStyleEx.Bold);
        public static readonly XFont Italic = new("Segoe WP", 10.5, XFontStyleEx.Italic);
        public static readonly XFont Heading = new("Segoe WP", 14, XFontStyleEx.Bold);
        public static readonly XFont Small = new("Segoe WP", 7.5);
    }

    /// <summary>The sheet being written, and where the text has come to; a new sheet when the text reaches the bottom.</summary>
    private sealed class Sheet : IDisposable
    {
        private readonly PdfDocument document;
        private XGraphics graphics;

        public Sheet(PdfDocument document)
        {
            this.document = document;
            graphics = NewPage();
        }

        public double Y { get; set; }

        public void Text(string text, XFont font, XBrush brush, double x, double y) => graphics.DrawString(text, font, brush, new XPoint(x, y));

        /// <summary>Runs wrapped word by word to the text's width, the fonts kept per word.</summary>
        public void Paragraph(IEnumerable<Run> runs, double lineHeight, double after = 2.5 * Mm)
        {
            var line = new List<(string Word, XFont Font, bool Space)>();
            double width = 0;
            var spaceAfter = false; // a run that ended in a space: the next run's first word is spaced
            foreach (var run in runs)
            {
                foreach (var (word, space, breakBefore) in Words(run.Text, spaceAfter))
                {
                    if (breakBefore && line.Count > 0) { Write(line, lineHeight); (line, width) = ([], 0); }
                    if (word.Length == 0) continue;
                    var spaced = space && line.Count > 0;
                    var w = graphics.MeasureString((spaced ? " " : "") + word, run.Font).Width;
                    if (line.Count > 0 && width + w > Width) { Write(line, lineHeight); (line, width, spaced) = ([], 0, false); w = graphics.MeasureString(word, run.Font).Width; }
                    line.Add((word, run.Font, spaced));
                    width += w;
                }
                spaceAfter = run.Text.Length > 0 && char.IsWhiteSpace(run.Text[^1]);
            }
            if (line.Count > 0) Write(line, lineHeight);
            Y += after;
        }

        public void Rule()
        {
            Room(4 * Mm);
            graphics.DrawLine(XPens.Gray, Left, Y, Left + Width, Y);
            Y += 4 * Mm;
        }

        private void Write(List<(string Word, XFont Font, bool Space)> line, double lineHeight)
        {
            Room(lineHeight);
            var x = Left;
            foreach (var (word, font, space) in line)
            {
                var text = (space ? " " : "") + word;
                graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, Y));
                x += graphics.MeasureString(text, font).Width;
            }
            Y += lineHeight;
        }

        private void Room(double height)
        {
            if (Y + height <= Bottom) return;
            graphics.Dispose();
            graphics = NewPage();
            Y = 25 * Mm;
        }

        /// <summary>The words of a run: whether a space came before each, and whether a line break did.</summary>
        private static IEnumerable<(string Word, bool Space, bool Break)> Words(string text, bool spaced)
        {
            var space = spaced || text.Length > 0 && char.IsWhiteSpace(text[0]) && text[0] != '\n';
            foreach (var (part, index) in text.Split('\n').Select((p, i) => (p, i)))
            {
                if (index > 0) yield return ("", false, true);
                var words = part.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < words.Length; i++) yield return (words[i], i > 0 || space, false);
                space = true;
            }
        }

        private XGraphics NewPage()
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            return XGraphics.FromPdfPage(page);
        }

        public void Dispose() => graphics.Dispose();
    }

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
