using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Seed 002_3e40c140761c4aa3.txt (2024), "Politikutveckling": two meetings before the budget negotiations
/// with the Solnakoalitionen. A meeting counts when it is a member meeting with "budget" in its title; the
/// first is the priorities meeting (any time in the year), the second the autumn one, so two meetings are
/// needed.
/// </summary>
public sealed class BudgetMeetings : IExpectedActivities
{
    private const string Seed = "002_3e40c140761c4aa3.txt";

    public IReadOnlyList<ExpectedActivity> In(int year) => year < 2024 ? [] :
    [
        // The autumn meeting comes first so an autumn meeting is not taken by the year-long one.
        new("budget-hostmote", new("Möte på hösten om budgetprocessen", "Autumn meeting on the budget process"),
            new(Seed, "Att anordna minst ett möte på hösten för våra förtroendevalda och medlemmarna inför budgetförhandlingarna med Solnakoalitionen gällande budgetprocess och information kring förhandlingarna."),
            new(year, 9, 1), new(year, 12, 31), ActivityTypes.MemberMeeting, "budget"),
        new("budget-prioriteringar", new("Medlemsmöte om vad vi ska prioritera i budgetförhandlingarna", "Member meeting on priorities for the budget negotiations"),
            new(Seed, "Att inför budgetförhandlingarna anordna minst ett medlemsmöte gällande vad vi ska prioritera politiskt under förhandlingarna."),
            new(year, 1, 1), new(year, 12, 31), ActivityTypes.MemberMeeting, "budget"),
    ];
}
