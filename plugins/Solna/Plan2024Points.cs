using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Meetings Solna's 2024 plan (seed 002_3e40c140761c4aa3.txt) expects at a time of year. The two budget
/// meetings ("Politikutveckling") are member meetings with "budget" in the title: the autumn one is listed first
/// so an autumn meeting is not spent on the year-long one, and two meetings are needed. The member days in Syninge
/// are a social activity carrying the tag <c>syninge</c>.
/// </summary>
public sealed class Plan2024Points : IExpectedActivities
{
    private const string Seed = "002_3e40c140761c4aa3.txt";

    public IReadOnlyList<ExpectedActivity> In(int year)
    {
        if (year < 2024) return [];
        var points = new List<ExpectedActivity>
        {
            // Member days are a social activity the board tags, so a title ("Sommarhelg", "Syninge 2025") need not say it.
            new("syninge", Plan2020Points.SyningeName,
                new(Seed, "Arrangera minst tre sociala aktiviteter under verksamhetsåret, varav en är medlemsdagar i Syninge."),
                new(year, 1, 1), new(year, 12, 31), ActivityTypes.Social, Tag: Plan2020Points.SyningeTag),
            new("budget-hostmote", new("Möte på hösten om budgetprocessen", "Autumn meeting on the budget process"),
                new(Seed, "Att anordna minst ett möte på hösten för våra förtroendevalda och medlemmarna inför budgetförhandlingarna med Solnakoalitionen gällande budgetprocess och information kring förhandlingarna."),
                new(year, 9, 1), new(year, 12, 31), ActivityTypes.MemberMeeting, "budget"),
            new("budget-prioriteringar", new("Medlemsmöte om vad vi ska prioritera i budgetförhandlingarna", "Member meeting on priorities for the budget negotiations"),
                new(Seed, "Att inför budgetförhandlingarna anordna minst ett medlemsmöte gällande vad vi ska prioritera politiskt under förhandlingarna."),
                new(year, 1, 1), new(year, 12, 31), ActivityTypes.MemberMeeting, "budget"),
        };
        // "Den 9:e juni 2024 håller Sverige val till Europaparlamentet": the meeting comes before it.
        if (year == 2024)
            points.Add(new("eu-toppkandidat", new("Medlemsträff med en toppkandidat till EU-valet", "Member meeting with a lead candidate for the EU election"),
                new(Seed, "Anordna medlemsträff med någon av Vänsterpartiets nuvarande eller tidigare toppkandidater till EU-valet."),
                new(2024, 1, 1), new(2024, 6, 9), ActivityTypes.MemberMeeting, "EU"));
        return points;
    }
}
