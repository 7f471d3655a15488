using Federation.Platform.Web;

namespace Federation.Membership.Domain;

/// <summary>The access log's codes (stored as written, for the API and audits) in words people read on the log pages.</summary>
internal static class AccessLogText
{
    public static string Action(string code) => code switch
    {
        "read" => Text.T("läste", "read"),
        "change" => Text.T("ändrade", "changed"),
        "create" => Text.T("lade till", "created"),
        "import" => Text.T("importerade", "imported"),
        "export" => Text.T("exporterade", "exported"),
        "erase" => Text.T("raderade", "erased"),
        "link-account" => Text.T("kopplade konto", "linked an account"),
        "unlink-account" => Text.T("tog bort kontokoppling", "unlinked the account"),
        _ => code,
    };

    /// <summary>"first_name,email" → "förnamn, e-post"; unknown codes are shown as they are.</summary>
    public static string Fields(string? codes) => codes is null ? "" : string.Join(", ", codes.Split(',').Select(Field));

    private static string Field(string code) => code switch
    {
        "member_number" => Text.T("medlemsnummer", "member number"),
        "first_name" => Text.T("förnamn", "first name"),
        "last_name" => Text.T("efternamn", "last name"),
        "email" => Text.T("e-post", "email"),
        "phone" => Text.T("telefon", "phone"),
        "street" => Text.T("gatuadress", "street"),
        "postal_code" => Text.T("postnummer", "postal code"),
        "city" => Text.T("ort", "city"),
        "birth_year" => Text.T("födelseår", "birth year"),
        "gender" => Text.T("kön", "gender"),
        "joined_on" => Text.T("gick med", "joined on"),
        "left_on" => Text.T("lämnade", "left on"),
        "paid_until" => Text.T("betalt till", "paid until"),
        "contact_email" or "contact_by_email" => Text.T("kontakt via e-post", "contact by email"),
        "contact_sms" or "contact_by_sms" => Text.T("kontakt via sms", "contact by SMS"),
        "contact_post" => Text.T("kontakt via post", "contact by post"),
        "non_digital" => Text.T("icke-digital", "non-digital"),
        "tags" => Text.T("taggar", "tags"),
        "note" => Text.T("anteckning", "note"),
        "call" => Text.T("samtal", "call"),
        "call handled" => Text.T("samtal hanterat", "call handled"),
        "self" => Text.T("personen själv", "the person themself"),
        "directory" => Text.T("via medlemskatalogen", "through the member directory"),
        "directory search" => Text.T("sökning i medlemskatalogen", "member directory search"),
        "directory contact" => Text.T("kontaktuppgifter via medlemskatalogen", "contact details through the member directory"),
        "directory audience" => Text.T("mottagarlista för utskick", "mailing audience"),
        "all personal data" => Text.T("alla personuppgifter", "all personal data"),
        _ when code.StartsWith("onboarding:", StringComparison.Ordinal) => Text.T("introduktion: ", "onboarding: ") + code["onboarding:".Length..],
        _ => code,
    };
}
