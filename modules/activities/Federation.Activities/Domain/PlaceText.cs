using Federation.Platform.Web;

namespace Federation.Activities.Domain;

/// <summary>Where an activity is, in one line: "Torget (Centrum, prioriterat område)"; the area only when it is not the place itself.</summary>
internal static class PlaceText
{
    public static string Describe(string? place, string? area, bool inPriorityArea)
    {
        var where = (string.IsNullOrWhiteSpace(place) ? area : place)?.Trim() ?? "";
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(area) && !string.Equals(area.Trim(), where, StringComparison.OrdinalIgnoreCase)) details.Add(area.Trim());
        if (inPriorityArea) details.Add(Text.T("prioriterat område", "priority area"));
        return details.Count == 0 ? where : $"{where} ({string.Join(", ", details)})";
    }
}
