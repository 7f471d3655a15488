using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Seeds 000 and 002, "Internfeminism": "Jämn könsfördelning av talare och talartid på interna möten." The seeds
/// give no figure; Solna reads "jämn" the usual Swedish way, 40–60 % of either gender.
/// </summary>
public sealed class SolnaEvenGenderBand : IEvenGenderBand
{
    public EvenBand Band(int year) => new(40, 60);
}
