using System.Text.Json;
using Federation.Membership.Search;
using static Federation.Platform.Web.Text;

namespace Federation.Membership.Domain;

/// <summary>
/// A filter over the register; saved as a smart list it is re-evaluated each time it is used
/// (call assignments, exports). <see cref="Contact"/> is email, sms, post or non-digital.
/// </summary>
internal sealed record MemberFilter(
    string? Q = null,
    MemberStatus? Status = null,
    string? Tag = null,
    string? PostalArea = null,
    DateOnly? JoinedFrom = null,
    DateOnly? JoinedTo = null,
    string? Contact = null,
    bool NotCalledThisYear = false,
    bool NeverAttended = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly IReadOnlyList<string> Contacts = ["email", "sms", "post", "non-digital"];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MemberFilter FromJson(string json) => JsonSerializer.Deserialize<MemberFilter>(json, Json) ?? new();

    /// <summary>The filter as the member list's query string, so a saved list opens as a search.</summary>
    public string ToQuery() => string.Join("&", new[]
    {
        ("q", Q), ("status", Status?.ToString().ToLowerInvariant()), ("tag", Tag), ("postalArea", PostalArea),
        ("joinedFrom", JoinedFrom?.ToString("yyyy-MM-dd")), ("joinedTo", JoinedTo?.ToString("yyyy-MM-dd")), ("contact", Contact),
        ("notCalledThisYear", NotCalledThisYear ? "true" : null), ("neverAttended", NeverAttended ? "true" : null),
    }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    public IEnumerable<string> Problems()
    {
        if (Contact is not null && !Contacts.Contains(Contact)) yield return T($"Okänt kontaktsätt ”{Contact}” (email, sms, post, non-digital).", $"Unknown contact preference '{Contact}' (email, sms, post, non-digital).");
        if (JoinedFrom > JoinedTo) yield return T("joinedFrom ligger efter joinedTo.", "joinedFrom is after joinedTo.");
    }

    /// <summary>
    /// The filter over an index's members: <c>Candidates</c> are the list positions the search words and the tag
    /// allow (null: every member), <c>Test</c> what each candidate must pass besides (null: nothing).
    /// <paramref name="calledThisYear"/> and <paramref name="attended"/> are the ids of members called this year and
    /// of members who attended an activity, needed only when <see cref="NotCalledThisYear"/> or <see cref="NeverAttended"/> is set.
    /// </summary>
    public (int[]? Candidates, Func<IndexedMember, bool>? Test) Plan(
        TermIndex terms, DateOnly today, IReadOnlySet<Guid>? calledThisYear, IReadOnlySet<Guid>? attended)
    {
        var termSets = MemberTerms.Words(Q ?? "").Select(terms.Beginning).ToList();
        if (!string.IsNullOrWhiteSpace(Tag)) termSets.Add(terms.Exactly(MemberTerms.Tag(Tag)));
        var tests = new List<Func<IndexedMember, bool>>();
        if (Status is { } status) tests.Add(m => m.StatusOn(today) == status);
        if (!string.IsNullOrWhiteSpace(PostalArea))
        {
            var area = PostalArea.Trim();
            tests.Add(m => m.PostalArea == area);
        }
        if (JoinedFrom is { } from) tests.Add(m => m.JoinedOn >= from);
        if (JoinedTo is { } to) tests.Add(m => m.JoinedOn <= to);
        switch (Contact)
        {
            case "email": tests.Add(m => m.ContactByEmail && m.Email != null && !m.NonDigital); break;
            case "sms": tests.Add(m => m.ContactBySms && m.HasPhone && !m.NonDigital); break;
            case "post": tests.Add(m => m.ContactByPost || m.NonDigital); break;
            case "non-digital": tests.Add(m => m.NonDigital); break;
        }
        if (NotCalledThisYear) tests.Add(m => !calledThisYear!.Contains(m.Id));
        if (NeverAttended) tests.Add(m => !attended!.Contains(m.Id));
        var candidates = termSets.Count == 0 ? null : TermIndex.Intersect(termSets);
        if (tests.Count == 0) return (candidates, null);
        var all = tests.ToArray();
        return (candidates, m =>
        {
            foreach (var test in all)
                if (!test(m)) return false;
            return true;
        });
    }
}
