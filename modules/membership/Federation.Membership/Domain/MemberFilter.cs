using System.Text.Json;
using Federation.Membership.Engagement;
using Federation.Membership.Storage;

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
        if (Contact is not null && !Contacts.Contains(Contact)) yield return $"Unknown contact preference '{Contact}' (email, sms, post, non-digital).";
        if (JoinedFrom > JoinedTo) yield return "joinedFrom is after joinedTo.";
    }

    public IQueryable<Member> Apply(IQueryable<Member> members, MembershipDbContext db, DateOnly today)
    {
        members = members.Where(m => m.ErasedAt == null);
        // Each word of q begins a name word, the email or the member number; a tag is an exact term.
        // Both look up the (association, term) index instead of scanning the register.
        foreach (var word in MemberTerms.Words(Q ?? ""))
        {
            var (lowest, before) = MemberTerms.PrefixRange(word);
            var ids = db.Terms.Where(t => t.Term.CompareTo(lowest) >= 0 && t.Term.CompareTo(before) < 0).Select(t => t.MemberId);
            members = members.Where(m => ids.Contains(m.Id));
        }
        if (Status is { } status) members = members.Where(MemberStatuses.Is(status, today));
        if (!string.IsNullOrWhiteSpace(Tag))
        {
            var tag = MemberTerms.Tag(Tag);
            var ids = db.Terms.Where(t => t.Term == tag).Select(t => t.MemberId);
            members = members.Where(m => ids.Contains(m.Id));
        }
        if (!string.IsNullOrWhiteSpace(PostalArea))
        {
            var area = PostalArea.Trim();
            members = members.Where(m => m.PostalArea == area);
        }
        if (JoinedFrom is { } from) members = members.Where(m => m.JoinedOn >= from);
        if (JoinedTo is { } to) members = members.Where(m => m.JoinedOn <= to);
        members = Contact switch
        {
            "email" => members.Where(m => m.ContactByEmail && m.Email != null && !m.NonDigital),
            "sms" => members.Where(m => m.ContactBySms && m.Phone != null && !m.NonDigital),
            "post" => members.Where(m => m.ContactByPost || m.NonDigital),
            "non-digital" => members.Where(m => m.NonDigital),
            _ => members,
        };
        if (NotCalledThisYear)
        {
            var since = Stockholm.YearStartUtc(today.Year);
            members = members.Where(m => !db.Calls.Any(c => c.MemberId == m.Id && c.At >= since));
        }
        if (NeverAttended)
            members = members.Where(m => !db.Engagement.Any(e => e.MemberId == m.Id && e.Kind == EngagementEntry.Activity));
        return members;
    }
}
