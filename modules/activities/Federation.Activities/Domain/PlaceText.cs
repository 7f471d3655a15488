using Federation.Platform.Web;

namespace Federation.Activities.Domain;

/// <summary>Where an activity is, in one line: "Torget (Centrum, prioriterat område)"; the area only when it is not the place itself.</summary>
internal static class PlaceText
{
    public static string Describe(string? place, string? area, bool inPriorityArea)
    {
        var (where, other) = Parts(place, area);
        var details = new List<string>();
        if (other is not null) details.Add(other);
        if (inPriorityArea) details.Add(Text.T("prioriterat område", "priority area"));
        return details.Count == 0 ? where : $"{where} ({string.Join(", ", details)})";
    }

    /// <summary>For a calendar app's location field: "Torget, Centrum", or "Torget" when the area is the place (the demo's squares are both).</summary>
    public static string Location(string? place, string? area)
    {
        var (where, other) = Parts(place, area);
        return other is null ? where : $"{where}, {other}";
    }

    /// <summary>The place (or the area when there is no place) and the area when it says something more.</summary>
    private static (string Where, string? Area) Parts(string? place, string? area)
    {
        var where = (string.IsNullOrWhiteSpace(place) ? area : place)?.Trim() ?? "";
        var other = string.IsNullOrWhiteSpace(area) || string.Equals(area.Trim(), where, StringComparison.OrdinalIgnoreCase) ? null : area.Trim();
        return (where, other);
    }
}
