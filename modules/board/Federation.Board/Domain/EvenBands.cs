using Federation.Extensions;
using Federation.Platform.Plugins;

namespace Federation.Board.Domain;

internal static class EvenBands
{
    /// <summary>The share of women that counts as even for the association (plugin), else 40–60 %.</summary>
    public static EvenBand EvenBandFor(this IPluginRules rules, string associationId, int year) => rules.Ask<IEvenGenderBand, EvenBand?>(
        associationId, all => all.Count == 0 ? null : all[0].Band(year), null) ?? EvenBand.Default;
}
