using System.Globalization;
using Federation.Membership.Domain;

namespace Federation.Membership.Pages;

/// <summary>The edit form's fields as posted (text), turned into a <see cref="NewMember"/> with clear problems.</summary>
internal sealed class MemberForm
{
    public string MemberNumber { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? BirthYear { get; set; }
    public string? Gender { get; set; }
    public string? JoinedOn { get; set; }
    public string? LeftOn { get; set; }
    public string? PaidUntil { get; set; }
    public string? Tags { get; set; }
    public bool ContactByEmail { get; set; }
    public bool ContactBySms { get; set; }
    public bool ContactByPost { get; set; }
    public bool NonDigital { get; set; }
    /// <summary>The member's version when the form was shown: saving over a newer change is refused.</summary>
    public int Version { get; set; }

    public static MemberForm From(NewMember m) => new()
    {
        MemberNumber = m.MemberNumber, FirstName = m.FirstName, LastName = m.LastName, Email = m.Email, Phone = m.Phone,
        Street = m.Street, PostalCode = m.PostalCode, City = m.City, BirthYear = m.BirthYear?.ToString(CultureInfo.InvariantCulture),
        Gender = m.Gender, JoinedOn = Iso(m.JoinedOn), LeftOn = m.LeftOn is { } l ? Iso(l) : null, PaidUntil = m.PaidUntil is { } p ? Iso(p) : null,
        Tags = string.Join(", ", m.Tags ?? []), ContactByEmail = m.ContactByEmail, ContactBySms = m.ContactBySms,
        ContactByPost = m.ContactByPost, NonDigital = m.NonDigital,
    };

    public NewMember ToInput(List<string> problems) => new(
        MemberNumber, FirstName, LastName, Email, Date(JoinedOn, "Gick med", problems) ?? default, Phone, Street, PostalCode, City,
        Year(BirthYear, problems), Gender, Date(LeftOn, "Slutade", problems), Date(PaidUntil, "Betalt till", problems),
        ContactByEmail, ContactBySms, ContactByPost, NonDigital,
        (Tags ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text, string field, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        problems.Add($"{field}: '{text}' är inte ett datum (ÅÅÅÅ-MM-DD).");
        return null;
    }

    private static int? Year(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return y;
        problems.Add($"Födelseår: '{text}' är inte ett år.");
        return null;
    }
}
