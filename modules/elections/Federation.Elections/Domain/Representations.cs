using Federation.Extensions;
using Federation.Platform.Plugins;

namespace Federation.Elections.Domain;

/// <summary>
/// The plugin's rule for the association's delegates and substitutes to an outside body (see
/// <see cref="IRepresentationRule"/>): how many seats each election has, and whether one person may be both.
/// </summary>
internal static class Representations
{
    public static Representation? For(IPluginRules rules, string associationId, string? position, int year) =>
        Body(position) is { } body
            ? rules.Ask<IRepresentationRule, Representation?>(associationId,
                all => all.SelectMany(r => r.Bodies(year)).FirstOrDefault(b => string.Equals(b.Body, body, StringComparison.OrdinalIgnoreCase)), null)
            : null;

    /// <summary>The seats the rule gives <paramref name="position"/>: its delegates or its substitutes.</summary>
    public static int Seats(Representation rule, string position) =>
        position.StartsWith(Positions.Delegates, StringComparison.Ordinal) ? rule.Delegates : rule.Substitutes;

    /// <summary>delegates:BODY for substitutes:BODY and the other way round.</summary>
    public static string Counterpart(string position) =>
        position.StartsWith(Positions.Delegates, StringComparison.Ordinal)
            ? Positions.Substitutes + position[Positions.Delegates.Length..]
            : Positions.Delegates + position[Positions.Substitutes.Length..];

    private static string? Body(string? position) =>
        position is null ? null
        : position.StartsWith(Positions.Delegates, StringComparison.Ordinal) ? position[Positions.Delegates.Length..].Trim()
        : position.StartsWith(Positions.Substitutes, StringComparison.Ordinal) ? position[Positions.Substitutes.Length..].Trim()
        : null;
}
