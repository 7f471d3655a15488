using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Meetings Solna's 2020 plan (seed 000_b4b723193304cf5f.txt) expects, matched by a word of their title. No seed
/// covers 2021–2023, so the 2020 plan holds until the 2024 plan replaces it.
/// </summary>
public sealed class Plan2020Points : IExpectedActivities
{
    private const string Seed = "000_b4b723193304cf5f.txt";

    private static readonly SeedQuote Initiatives = new(Seed, "Arrangera ett initiativskrivartillfälle per termin med kommunala gruppen.");

    public IReadOnlyList<ExpectedActivity> In(int year) => year is < 2020 or >= 2024 ? [] :
    [
        // One per semester: spring is January–June, autumn July–December.
        new("initiativskrivande-var", new("Initiativskrivartillfälle, vårterminen", "Initiative-writing session, spring term"),
            Initiatives, new(year, 1, 1), new(year, 6, 30), TitleContains: "initiativ"),
        new("initiativskrivande-host", new("Initiativskrivartillfälle, höstterminen", "Initiative-writing session, autumn term"),
            Initiatives, new(year, 7, 1), new(year, 12, 31), TitleContains: "initiativ"),
        new("politikutvecklingstraff", new("Politikutvecklingsträff", "Policy development meeting"),
            new(Seed, "Anordna en politikutvecklingsträff."), new(year, 1, 1), new(year, 12, 31), TitleContains: "politikutveckling"),
        new("ekonomichefen", new("Träff med ekonomichefen om budgetarbetet", "Meeting the finance director on the budget work"),
            new(Seed, "Träffa ekonomichefen för att lära oss mer om budgetarbetet."), new(year, 1, 1), new(year, 12, 31), TitleContains: "ekonomichef"),
    ];
}
