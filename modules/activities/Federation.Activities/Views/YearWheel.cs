using System.Globalization;
using System.Text;

namespace Federation.Activities.Views;

/// <summary>One ring of the year wheel: a recurring activity and the dates it falls on.</summary>
internal sealed record WheelRing(string Title, IReadOnlyList<DateOnly> Dates);

/// <summary>
/// The year wheel (årshjul) as an SVG drawn on the server: twelve month sectors, one ring per
/// recurring activity with a dot on each occurrence. Solna 2020: "Skapa ett årshjul för att hålla
/// koll på återkommande aktiviteter."
/// </summary>
internal static class YearWheel
{
    private static readonly string[] Colours = ["#c00", "#1b6ca8", "#2e7d32", "#8e24aa", "#ef6c00", "#00838f", "#6d4c41", "#455a64"];
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    public static string Svg(int year, IReadOnlyList<WheelRing> rings, string title)
    {
        const double centre = 200, outer = 190;
        var inner = rings.Count == 0 ? outer - 20 : Math.Max(40, outer - 20 - rings.Count * 18);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 400\" width=\"100%\" style=\"max-width:480px\" role=\"img\" aria-labelledby=\"wheel-title\">");
        svg.Append($"<title id=\"wheel-title\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{centre}\" cy=\"{centre}\" r=\"{outer}\" fill=\"#fafafa\" stroke=\"#999\"/>");
        for (var m = 0; m < 12; m++)
        {
            var (x1, y1) = Point(centre, inner - 10, m / 12.0);
            var (x2, y2) = Point(centre, outer, m / 12.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"#ccc\"/>");
            var (lx, ly) = Point(centre, outer - 9, (m + 0.5) / 12.0);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx:F1}\" y=\"{ly:F1}\" font-size=\"11\" text-anchor=\"middle\" dominant-baseline=\"middle\">{Months[m]}</text>");
        }
        var days = DateTime.IsLeapYear(year) ? 366.0 : 365.0;
        for (var i = 0; i < rings.Count; i++)
        {
            var radius = outer - 28 - i * 18;
            var colour = Colours[i % Colours.Length];
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{centre}\" cy=\"{centre}\" r=\"{radius}\" fill=\"none\" stroke=\"{colour}\" stroke-opacity=\"0.25\"/>");
            foreach (var date in rings[i].Dates)
            {
                var (x, y) = Point(centre, radius, (date.DayOfYear - 0.5) / days);
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"5\" fill=\"{colour}\"><title>{Encode(rings[i].Title)} {date:yyyy-MM-dd}</title></circle>");
            }
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{centre}\" y=\"{centre}\" font-size=\"28\" text-anchor=\"middle\" dominant-baseline=\"middle\">{year}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Colour(int ring) => Colours[ring % Colours.Length];

    /// <summary>Clockwise from twelve o'clock: January starts at the top.</summary>
    private static (double X, double Y) Point(double centre, double radius, double fraction) =>
        (centre + radius * Math.Sin(fraction * 2 * Math.PI), centre - radius * Math.Cos(fraction * 2 * Math.PI));

    /// <summary>Escapes markup only; the page is UTF-8, so Swedish letters stay readable.</summary>
    private static string Encode(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
