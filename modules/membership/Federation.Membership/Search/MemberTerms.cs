namespace Federation.Membership.Search;

/// <summary>
/// What a search word is matched against: the words of the name, the email and the member number
/// (all lower-cased, Å/Ä/Ö kept), and the tags as <c>#tag</c>. A member matches a search when each
/// word begins one of its terms; a tag filter needs the whole <c>#tag</c>.
/// </summary>
internal static class MemberTerms
{
    private static readonly char[] Separators = [' ', '\t', '-', ',', ';'];

    public static string Normalize(string text) => text.Trim().ToLowerInvariant();

    /// <summary>The words of a search text.</summary>
    public static IReadOnlyList<string> Words(string q) =>
        [.. Normalize(q).Split(Separators, StringSplitOptions.RemoveEmptyEntries).Distinct()];

    public static string Tag(string tag) => "#" + Domain.MemberTags.Normalize(tag);

    public static string[] Of(string firstName, string lastName, string? email, string memberNumber, string tags)
    {
        var terms = new HashSet<string>(Words($"{firstName} {lastName}"), StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(email)) terms.Add(Normalize(email));
        if (!string.IsNullOrWhiteSpace(memberNumber)) terms.Add(Normalize(memberNumber));
        foreach (var tag in Domain.MemberTags.Split(tags)) terms.Add("#" + tag);
        return [.. terms];
    }
}
