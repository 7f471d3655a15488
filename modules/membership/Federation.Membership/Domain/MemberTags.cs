namespace Federation.Membership.Domain;

/// <summary>
/// Interests and competences. Seed 001 (Älvsjö-Hägersten 2018): "Ta vara på medlemmarnas olika kunskaper
/// och kompetenser"; seed 002 (Solna 2024): "Ta tillvara på medlemmarnas kompetens och erfarenheter".
/// Free tags are allowed; the district-wide list keeps the common ones comparable across associations.
/// </summary>
internal static class MemberTags
{
    public static readonly IReadOnlyList<string> District =
    [
        "studier", "sociala-medier", "skriva", "foto-film", "ekonomi", "juridik", "facket",
        "flygblad", "dorrknackning", "rundringning", "talare", "internfeminism", "antirasism",
        "klimat", "bostad", "valfard", "barn-och-unga", "sprak-ovriga",
    ];

    public static string Normalize(string tag) => tag.Trim().ToLowerInvariant().Replace(' ', '-').Replace("|", "");

    public static string Join(IEnumerable<string>? tags)
    {
        var list = (tags ?? []).Select(Normalize).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "" : $"|{string.Join('|', list)}|";
    }

    public static IReadOnlyList<string> Split(string stored) => stored.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
