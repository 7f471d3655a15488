namespace Federation.Extensions;

/// <summary>
/// The association's representation in a body outside it, elected at its annual meeting: Älvsjö-Hägersten's
/// "Vår förening har 2018 fem ombud och fem ersättare där" in Representantskapet (seed 001). Elections of
/// <c>delegates:BODY</c> and <c>substitutes:BODY</c> take their number of seats from it, and unless
/// <see cref="Representation.OnePersonMayBeBoth"/> nobody elected a delegate is also elected a substitute.
/// </summary>
public interface IRepresentationRule : IExtensionPoint
{
    IReadOnlyList<Representation> Bodies(int year);
}

public sealed record Representation(string Body, int Delegates, int Substitutes, bool OnePersonMayBeBoth = false);
