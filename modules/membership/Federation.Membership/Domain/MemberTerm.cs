using Federation.Platform.Storage;

namespace Federation.Membership.Domain;

/// <summary>
/// One search term of a member: a word of the name, the email, the member number (all lower-cased,
/// Å/Ä/Ö kept) or a tag as <c>#tag</c>. Indexed by (association, term), so a prefix search or a tag
/// filter is an index range instead of a scan of the register. Derived from <see cref="Member"/>
/// whenever it is saved (<see cref="Storage.MembershipDbContext"/>).
/// </summary>
internal sealed class MemberTerm : IAssociationOwned
{
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public required string Term { get; set; }
}

internal static class MemberTerms
{
    /// <summary>The member's columns the terms are made of: a change to any of them rebuilds the member's terms.</summary>
    public static readonly string[] Sources =
        [nameof(Member.FirstName), nameof(Member.LastName), nameof(Member.Email), nameof(Member.MemberNumber), nameof(Member.Tags), nameof(Member.ErasedAt)];

    private static readonly char[] Separators = [' ', '\t', '-', ',', ';'];

    /// <summary>Sorts after every term beginning with a given prefix (ordinal / UTF-8 byte order).</summary>
    private const char Last = '\uffff';

    public static string Normalize(string text) => text.Trim().ToLowerInvariant();

    /// <summary>The words of a search text; a member matches when each word begins one of its terms.</summary>
    public static IReadOnlyList<string> Words(string q) =>
        [.. Normalize(q).Split(Separators, StringSplitOptions.RemoveEmptyEntries).Distinct()];

    public static (string From, string Before) PrefixRange(string word) => (word, word + Last);

    public static string Tag(string tag) => "#" + MemberTags.Normalize(tag);

    /// <summary>An erased member has no terms: nothing personal stays searchable.</summary>
    public static IReadOnlySet<string> Of(Member m)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (m.ErasedAt is not null) return terms;
        terms.UnionWith(Words($"{m.FirstName} {m.LastName}"));
        if (!string.IsNullOrWhiteSpace(m.Email)) terms.Add(Normalize(m.Email));
        if (!string.IsNullOrWhiteSpace(m.MemberNumber)) terms.Add(Normalize(m.MemberNumber));
        foreach (var tag in m.TagList) terms.Add("#" + tag);
        return terms;
    }

    public static IEnumerable<MemberTerm> Rows(Member m) =>
        Of(m).Select(t => new MemberTerm { AssociationId = m.AssociationId, MemberId = m.Id, Term = t });
}
