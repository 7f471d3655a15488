using Federation.Platform.Storage;

namespace Federation.Communications.Media;

/// <summary>
/// An appearance in the media (Solna 2024: "40 framträdanden i lokala medier och 6 i regionala medier
/// eller fackpress per år"), with how many of the people featured are of each gender category.
/// </summary>
internal sealed class MediaAppearance : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>One of <see cref="MediaKinds"/>.</summary>
    public required string Kind { get; set; }
    public required string Outlet { get; set; }
    public string? Title { get; set; }
    public string? Link { get; set; }
    /// <summary>Who was featured, as written (names are the officer's note, not linked to the register).</summary>
    public string? People { get; set; }
    public int Women { get; set; }
    public int Men { get; set; }
    public int NonBinary { get; set; }
    public int NotStated { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal static class MediaKinds
{
    public const string Local = "local";
    public const string Regional = "regional";
    public const string TradePress = "trade-press";
    public const string Social = "social";

    public static readonly IReadOnlyDictionary<string, LocalizedText> All = new Dictionary<string, LocalizedText>
    {
        [Local] = new("Lokala medier", "Local media"),
        [Regional] = new("Regionala medier", "Regional media"),
        [TradePress] = new("Fackpress", "Trade press"),
        [Social] = new("Sociala medier", "Social media"),
    };
}
