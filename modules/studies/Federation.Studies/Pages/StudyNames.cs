using Federation.Platform.Web;
using Federation.Studies.Domain;

namespace Federation.Studies.Pages;

/// <summary>The UI names of course kinds, audiences, places and genders; unknown ids show as they are.</summary>
internal static class StudyNames
{
    private static readonly Dictionary<string, LocalizedText> Kinds = new()
    {
        [CourseKinds.NewMember] = new("Kurs för nya medlemmar", "New-member course"),
        [CourseKinds.Leadership] = new("Ledarskapsutbildning", "Leadership training"),
        [CourseKinds.Board] = new("Styrelseutbildning", "Board training"),
        [CourseKinds.NominationCommittee] = new("Valberedningskurs", "Nomination-committee course"),
        [CourseKinds.Ideology] = new("Ideologi och organisation", "Ideology and organisation"),
        [CourseKinds.InternalFeminism] = new("Internfeminism", "Internal feminism"),
        [CourseKinds.Antiracism] = new("Antirasism", "Antiracism"),
        [CourseKinds.Rhetoric] = new("Retorik och förhandling", "Rhetoric and negotiation"),
        [CourseKinds.SelfDefence] = new("Feministiskt självförsvar", "Feminist self-defence"),
        [CourseKinds.MensGroup] = new("Mansgrupp", "Men's group"),
        [CourseKinds.Other] = new("Övrigt", "Other"),
    };

    private static readonly Dictionary<string, LocalizedText> AudienceNames = new()
    {
        [Audiences.AllMembers] = new("Alla medlemmar", "All members"),
        [Audiences.NewMembers] = new("Nya medlemmar", "New members"),
        [Audiences.BoardMembers] = new("Styrelseledamöter", "Board members"),
        [Audiences.ChairsAndGroupLeaders] = new("Ordförande och gruppledare", "Chairs and group leaders"),
        [Audiences.NominationCommittee] = new("Valberedningar", "Nomination committees"),
        [Audiences.ElectedOfficials] = new("Förtroendevalda och listtoppar", "Elected officials and list toppers"),
        [Audiences.WomenAndNonBinary] = new("Kvinnor och icke-binära", "Women and non-binary"),
        [Audiences.Men] = new("Män", "Men"),
    };

    private static readonly Dictionary<string, LocalizedText> Genders = new()
    {
        [Gender.Woman] = new("Kvinna", "Woman"),
        [Gender.Man] = new("Man", "Man"),
        [Gender.NonBinary] = new("Icke-binär", "Non-binary"),
        [Gender.NotStated] = new("Ej angivet", "Not stated"),
    };

    public static string Kind(string id) => Kinds.TryGetValue(id, out var name) ? name.ToString() : id;

    public static string Audience(string id) => AudienceNames.TryGetValue(id, out var name) ? name.ToString() : id;

    public static string GenderName(string id) => Genders.TryGetValue(id, out var name) ? name.ToString() : id;

    public static string Status(string status) => status switch
    {
        "confirmed" => Text.T("Plats", "Place"),
        "waiting" => Text.T("Väntelista", "Waiting list"),
        _ => Text.T("Avanmäld", "Cancelled"),
    };

    /// <summary>"lördag 5 december 2026 10:00–16:00", in the UI's language.</summary>
    public static string When(DateTime start, DateTime end) =>
        start.Date == end.Date ? $"{start:dddd d MMMM yyyy HH:mm}–{end:HH:mm}" : $"{start:d MMMM yyyy HH:mm} – {end:d MMMM yyyy HH:mm}";
}
