using static Federation.Platform.Web.Text;

namespace Federation.Membership.Domain;

/// <summary>A member's data as entered by a form, the API or a row of the central register's file.</summary>
internal sealed record NewMember(
    string MemberNumber,
    string FirstName,
    string LastName,
    string? Email,
    DateOnly JoinedOn,
    string? Phone = null,
    string? Street = null,
    string? PostalCode = null,
    string? City = null,
    int? BirthYear = null,
    string? Gender = null,
    DateOnly? LeftOn = null,
    DateOnly? PaidUntil = null,
    bool ContactByEmail = true,
    bool ContactBySms = true,
    bool ContactByPost = false,
    bool NonDigital = false,
    IReadOnlyList<string>? Tags = null)
{
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(MemberNumber)) yield return T("Ange medlemsnummer.", "Member number is required.");
        if (string.IsNullOrWhiteSpace(FirstName)) yield return T("Ange förnamn.", "First name is required.");
        if (string.IsNullOrWhiteSpace(LastName)) yield return T("Ange efternamn.", "Last name is required.");
        if (!string.IsNullOrWhiteSpace(Email) && !MemberRules.IsEmail(Email))
            yield return T($"”{Email}” är ingen giltig e-postadress.", $"'{Email}' is not a valid email address.");
        if (!string.IsNullOrWhiteSpace(Phone) && !MemberRules.IsPhone(Phone))
            yield return T($"”{Phone}” är inget giltigt telefonnummer.", $"'{Phone}' is not a valid phone number.");
        if (!string.IsNullOrWhiteSpace(PostalCode) && !MemberRules.IsPostalCode(PostalCode))
            yield return T($"”{PostalCode}” är inget svenskt postnummer (fem siffror, t.ex. 171 45).", $"'{PostalCode}' is not a Swedish postal code (five digits, e.g. 171 45).");
        if (BirthYear is { } year && (year < 1900 || year > DateTime.UtcNow.Year))
            yield return T($"Födelseåret {year} är inte rimligt.", $"Birth year {year} is not plausible.");
        if (JoinedOn == default) yield return T("Ange inträdesdatum.", "Joined date is required.");
        else if (JoinedOn < EarliestDate || JoinedOn > LatestDate)
            yield return T($"Inträdesdatumet {JoinedOn:yyyy-MM-dd} är inte rimligt (mellan {EarliestDate:yyyy} och ett år från i dag).", $"Joined date {JoinedOn:yyyy-MM-dd} is not plausible (between {EarliestDate:yyyy} and a year from today).");
        if (LeftOn is { } left && left < JoinedOn) yield return T("Utträdesdatumet ligger före inträdesdatumet.", "Left date is before the joined date.");
        if (LeftOn > LatestDate || PaidUntil > LatestDate.AddYears(10)) yield return T("Ett utträdes- eller betalt till-datum ligger för långt fram.", "A left or paid-until date lies too far ahead.");
        foreach (var (field, value, max) in new (string, string?, int)[]
        {
            (T("Medlemsnumret", "Member number"), MemberNumber, 40), (T("Förnamnet", "First name"), FirstName, 100), (T("Efternamnet", "Last name"), LastName, 100),
            (T("E-postadressen", "Email"), Email, 254), (T("Telefonnumret", "Phone"), Phone, 40), (T("Gatuadressen", "Street"), Street, 200),
            (T("Orten", "City"), City, 100), (T("Könet", "Gender"), Gender, 100),
        })
            if (value?.Length > max) yield return T($"{field} är {value.Length} tecken; högst {max}.", $"{field} is {value.Length} characters; at most {max}.");
        if (Tags?.Count > 50 || Tags?.Any(t => t.Length > 60) == true) yield return T("Högst 50 taggar om högst 60 tecken var.", "At most 50 tags of at most 60 characters each.");
    }

    /// <summary>The oldest date the register takes; the party's registers do not reach further back.</summary>
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>A year from today: a register may note a membership from next month, never from the year 9999.</summary>
    private static DateOnly LatestDate => DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);

    public static NewMember From(Member m) => new(m.MemberNumber, m.FirstName, m.LastName, m.Email, m.JoinedOn,
        m.Phone, m.Street, m.PostalCode, m.City, m.BirthYear, m.GenderSelfDescribed, m.LeftOn, m.PaidUntil,
        m.ContactByEmail, m.ContactBySms, m.ContactByPost, m.NonDigital, m.TagList);

    /// <summary>Writes the (valid) input onto the member and names the fields that changed.</summary>
    public IReadOnlyList<string> ApplyTo(Member m)
    {
        var changed = new List<string>();
        void Set<T>(string field, T current, T value, Action<T> write)
        {
            if (EqualityComparer<T>.Default.Equals(current, value)) return;
            write(value);
            changed.Add(field);
        }
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        Set("member_number", m.MemberNumber, MemberNumber.Trim(), v => m.MemberNumber = v);
        Set("first_name", m.FirstName, FirstName.Trim(), v => m.FirstName = v);
        Set("last_name", m.LastName, LastName.Trim(), v => m.LastName = v);
        Set("email", m.Email, Clean(Email)?.ToLowerInvariant(), v => m.Email = v);
        Set("phone", m.Phone, Clean(Phone) is { } p ? MemberRules.NormalizePhone(p) : null, v => m.Phone = v);
        Set("street", m.Street, Clean(Street), v => m.Street = v);
        var postal = Clean(PostalCode) is { } pc ? MemberRules.NormalizePostalCode(pc) : null;
        Set("postal_code", m.PostalCode, postal, v => { m.PostalCode = v; m.PostalArea = v is null ? null : MemberRules.PostalAreaOf(v); });
        Set("city", m.City, Clean(City), v => m.City = v);
        Set("birth_year", m.BirthYear, BirthYear, v => m.BirthYear = v);
        Set("gender", m.GenderSelfDescribed, Clean(Gender), v => { m.GenderSelfDescribed = v; m.Gender = GenderCategories.Categorize(v); });
        Set("joined_on", m.JoinedOn, JoinedOn, v => m.JoinedOn = v);
        Set("left_on", m.LeftOn, LeftOn, v => m.LeftOn = v);
        Set("paid_until", m.PaidUntil, PaidUntil, v => m.PaidUntil = v);
        Set("contact_email", m.ContactByEmail, ContactByEmail, v => m.ContactByEmail = v);
        Set("contact_sms", m.ContactBySms, ContactBySms, v => m.ContactBySms = v);
        Set("contact_post", m.ContactByPost, ContactByPost, v => m.ContactByPost = v);
        Set("non_digital", m.NonDigital, NonDigital, v => m.NonDigital = v);
        Set("tags", m.Tags, MemberTags.Join(Tags), v => m.Tags = v);
        return changed;
    }
}

internal sealed class MemberValidationException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>The member changed since the editor read it; <see cref="Differing"/> are the fields that now differ from the edit.</summary>
internal sealed class MemberConflictException(int currentVersion, IReadOnlyList<string> differing)
    : Exception($"The member was changed by someone else (now version {currentVersion}); these fields differ from your edit: {string.Join(", ", differing)}.")
{
    public int CurrentVersion { get; } = currentVersion;
    public IReadOnlyList<string> Differing { get; } = differing;
}
