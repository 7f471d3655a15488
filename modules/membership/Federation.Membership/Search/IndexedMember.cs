using Federation.Membership.Domain;

namespace Federation.Membership.Search;

/// <summary>What the member list filters and sorts on, for one current (not erased) member; the rest of the record stays in the database.</summary>
internal sealed record IndexedMember(
    Guid Id, string MemberNumber, string FirstName, string LastName, string? Email, bool HasPhone, string? PostalArea,
    DateOnly JoinedOn, DateOnly? LeftOn, DateOnly? PaidUntil,
    bool ContactByEmail, bool ContactBySms, bool ContactByPost, bool NonDigital, string Tags)
{
    public string[] Terms { get; } = MemberTerms.Of(FirstName, LastName, Email, MemberNumber, Tags);

    public MemberStatus StatusOn(DateOnly today) => MemberStatuses.Of(LeftOn, PaidUntil, JoinedOn, today);

    private static readonly StringComparer Swedish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    /// <summary>The list's order: last name, first name (Swedish alphabet: … Y, Z, Å, Ä, Ö), member number.</summary>
    public static readonly IComparer<IndexedMember> ListOrder = Comparer<IndexedMember>.Create((a, b) =>
    {
        var c = Swedish.Compare(a!.LastName, b!.LastName);
        if (c == 0) c = Swedish.Compare(a.FirstName, b.FirstName);
        return c != 0 ? c : string.CompareOrdinal(a.MemberNumber, b.MemberNumber);
    });
}
