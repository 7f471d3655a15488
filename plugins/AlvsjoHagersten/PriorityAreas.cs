using Federation.Extensions;

namespace Federation.Plugins.AlvsjoHagersten;

/// <summary>
/// Seed 001_6e59b092f880c3c9.txt: "speciellt prioriterade områden är Solberga, Älvsjö
/// stationsområde, Fruängen, Västertorp och Telefonplan".
/// </summary>
public sealed class PriorityAreas : IPriorityAreas
{
    public IReadOnlyList<string> Areas { get; } = ["Solberga", "Älvsjö stationsområde", "Fruängen", "Västertorp", "Telefonplan"];
}
