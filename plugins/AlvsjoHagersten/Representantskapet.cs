using Federation.Extensions;

namespace Federation.Plugins.AlvsjoHagersten;

/// <summary>
/// Seed 001_6e59b092f880c3c9.txt: "Vår förening har 2018 fem ombud och fem ersättare där" (Representantskapet). A
/// substitute steps in for an absent delegate, so one person cannot be both.
/// </summary>
public sealed class Representantskapet : IRepresentationRule
{
    public IReadOnlyList<Representation> Bodies(int year) => [new("Representantskapet", Delegates: 5, Substitutes: 5)];
}
