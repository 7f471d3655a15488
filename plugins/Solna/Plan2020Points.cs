using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Meetings Solna's 2020 plan (seed 000_b4b723193304cf5f.txt) expects, matched by a word of their title, and the
/// member days in Syninge the plan takes for granted, matched by the board's tag. No seed
/// covers 2021–2023, so the 2020 plan holds until the 2024 plan replaces it. The municipal group's initiative writing
/// each semester is not here: the board counts the group's meetings with that theme (the plan's target).
/// </summary>
public sealed class Plan2020Points : IExpectedActivities
{
    private const string Seed = "000_b4b723193304cf5f.txt";

    /// <summary>The tag the board puts on the member days in Syninge (<see cref="ExpectedActivity.Tag"/>).</summary>
    public const string SyningeTag = "syninge";

    public static readonly LocalizedText SyningeName = new("Medlemsdagar i Syninge", "Member days at Syninge");

    public IReadOnlyList<ExpectedActivity> In(int year) => year is < 2020 or >= 2024 ? [] :
    [
        // "utöver Syninge" takes the member days for granted: the plan expects them every year.
        new("syninge", SyningeName, new(Seed, "Arrangera minst en social aktivitet utöver Syninge för våra medlemmar under verksamhetsåret."),
            new(year, 1, 1), new(year, 12, 31), ActivityTypes.Social, Tag: SyningeTag),
        new("politikutvecklingstraff", new("Politikutvecklingsträff", "Policy development meeting"),
            new(Seed, "Anordna en politikutvecklingsträff."), new(year, 1, 1), new(year, 12, 31), TitleContains: "politikutveckling"),
        new("ekonomichefen", new("Träff med ekonomichefen om budgetarbetet", "Meeting the finance director on the budget work"),
            new(Seed, "Träffa ekonomichefen för att lära oss mer om budgetarbetet."), new(year, 1, 1), new(year, 12, 31), TitleContains: "ekonomichef"),
    ];
}
