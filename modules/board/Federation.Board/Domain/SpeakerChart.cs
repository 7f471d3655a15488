using System.Globalization;
using System.Net;
using System.Text;
using Federation.Platform.Web;

namespace Federation.Board.Domain;

/// <summary>Draws the speaker statistics as an SVG bar chart on the server: per gender, share of speaking time beside share of those present.</summary>
internal static class SpeakerChart
{
    private const int Width = 480, Row = 44, Label = 130, Bar = 300;

    public static string Svg(SpeakerStatistics stats)
    {
        var height = Row * Gender.All.Count + 40;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{Text.T("Talartid och närvarande per kön", "Speaking time and those present by gender")}\">");
        svg.Append("<style>text{font:13px sans-serif}</style>");
        var y = 10;
        foreach (var line in stats.Lines)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 14}\">{WebUtility.HtmlEncode(GenderNames.Name(line.Gender))}</text>");
            BarFor(svg, y, line.ShareOfTime, "#c8102e", Text.T("talartid", "speaking time"));
            BarFor(svg, y + 18, line.ShareOfPresent, "#888", Text.T("närvarande", "present"));
            y += Row;
        }
        // The legend starts at the left edge: from the bars' edge it ran past the drawing on a phone.
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\" fill=\"#555\">{Text.T("Röd: andel av talartiden. Grå: andel av de närvarande.", "Red: share of speaking time. Grey: share of those present.")}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static void BarFor(StringBuilder svg, int y, decimal? share, string colour, string what)
    {
        var width = (int)Math.Round((share ?? 0) * Bar / 100);
        // The label is text people read: the request culture's decimal comma ("74,1 %"), as in the table beside it.
        var label = share is { } s ? s.ToString("0.#", CultureInfo.CurrentCulture) + " %" : "–";
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Label}\" y=\"{y}\" width=\"{width}\" height=\"14\" fill=\"{colour}\"><title>{what}: {label}</title></rect>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label + width + 4}\" y=\"{y + 12}\">{label}</text>");
    }
}

/// <summary>The UI names of the gender categories, and of the even-band verdict on them.</summary>
internal static class GenderNames
{
    /// <summary>"jämn" within the band, "ojämn" outside it, a dash before anyone spoke.</summary>
    public static string Even(bool? even) => even switch { true => Text.T("jämn", "even"), false => Text.T("ojämn", "uneven"), null => "–" };

    public static string Name(string gender) => gender switch
    {
        Gender.Woman => Text.T("Kvinnor", "Women"),
        Gender.Man => Text.T("Män", "Men"),
        Gender.NonBinary => Text.T("Icke-binära", "Non-binary"),
        _ => Text.T("Ej angivet", "Not stated"),
    };
}
