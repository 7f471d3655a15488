using Federation.Platform.Storage;

namespace Federation.Communications.Domain;

/// <summary>A named newsletter series with a rhythm ("På gång i föreningen", monthly).</summary>
internal sealed class Series : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string Name { get; set; }
    /// <summary>One of <see cref="Rhythms"/>.</summary>
    public required string Rhythm { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>For the <c>List-Id</c> header: the name in lower-case ASCII letters, digits and dashes.</summary>
    public string Slug => Slugs.Of(Name);
}

internal static class Rhythms
{
    public static readonly IReadOnlyDictionary<string, LocalizedText> All = new Dictionary<string, LocalizedText>
    {
        ["monthly"] = new("Varje månad", "Monthly"),
        ["before-member-meeting"] = new("Inför varje medlemsmöte", "Before each member meeting"),
        ["weekly"] = new("Varje vecka", "Weekly"),
        ["semester"] = new("Varje termin", "Each semester"),
        ["when-needed"] = new("Vid behov", "When needed"),
    };
}

internal static class Slugs
{
    public static string Of(string name)
    {
        var folded = name.ToLowerInvariant().Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o').Replace('é', 'e');
        var chars = folded.Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "nyhetsbrev" : slug;
    }
}
