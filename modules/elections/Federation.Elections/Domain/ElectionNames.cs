using Federation.Elections.Counting;
using Federation.Platform.Web;

namespace Federation.Elections.Domain;

/// <summary>Counting methods and gender rules as people call them; the codes stay in files, the API and the CLI.</summary>
internal static class ElectionNames
{
    public static string Method(string code) => code switch
    {
        ScottishStv.Name => Text.T("STV (skotska regler)", "STV (Scottish rules)"),
        MeekStv.Name => Text.T("STV (Meeks metod)", "STV (Meek's method)"),
        InstantRunoff.Name => Text.T("Alternativröstning", "Instant runoff"),
        Schulze.Name => Text.T("Schulzes metod", "Schulze method"),
        MarkedMethods.Approval => Text.T("Godkännandeval", "Approval voting"),
        MarkedMethods.Majority => Text.T("Majoritetsval", "Majority vote"),
        MarkedMethods.Plurality => Text.T("Relativ majoritet", "Plurality"),
        _ => code,
    };

    public static string GenderRule(string code) => code switch
    {
        GenderRules.None => Text.T("ingen", "none"),
        GenderRules.Zipper => Text.T("varvade listor", "zipper list"),
        GenderRules.Pairwise => Text.T("en kvinna i varje par av platser", "a woman in each pair of places"),
        GenderRules.HalfWomen => Text.T("minst hälften kvinnor (varning)", "at least half women (warning)"),
        _ => code,
    };
}
