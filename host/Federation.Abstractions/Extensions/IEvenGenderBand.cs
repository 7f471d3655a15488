namespace Federation.Extensions;

/// <summary>
/// What "jämn könsfördelning av talare och talartid" (seeds 000 and 002) means for an association: the share of
/// women that counts as even, both ways. Without a plugin the band is <see cref="EvenBand.Default"/>.
/// </summary>
public interface IEvenGenderBand : IExtensionPoint
{
    EvenBand Band(int year);
}

/// <summary>The lowest and highest share of women, in percent, that count as even.</summary>
public sealed record EvenBand(decimal LowestWomenShare, decimal HighestWomenShare)
{
    public static readonly EvenBand Default = new(40, 60);
}
