using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

public class ScottishStvTests
{
    // Wikipedia, "Single transferable vote", section "Example" (the food election): 20 voters,
    // 3 seats, Droop quota 6; elected Chocolate, Oranges, Strawberries.
    private const string Food = """
        6 3
        4 1 0
        2 2 1 0
        8 3 4 0
        4 3 5 0
        1 4 0
        1 6 0
        0
        Oranges
        Pears
        Chocolate
        Strawberries
        Sweets
        Hamburgers
        "Food at the party"
        """;

    [Fact]
    public void Wikipedia_food_election()
    {
        var r = Ballots.Count(ScottishStv.Name, Food);

        r.Quota.ShouldBe(6m);
        r.Elected.ShouldBe(["Chocolate", "Oranges", "Strawberries"]);
        var surplus = r.Stages[1];
        surplus.Action.ShouldBe(StageActions.Surplus);
        surplus.Candidate.ShouldBe("Chocolate");
        surplus.Totals["Strawberries"].ShouldBe(5m); // 1 + 8 × 0.5
        surplus.Totals["Sweets"].ShouldBe(2m);       // 4 × 0.5
        // Then Sweets and Pears have 2 each; at stage 1 Sweets had 0 and Pears 2, so Sweets goes
        // first (rule 51(2)(a)); Pears' papers then give Oranges the quota.
        r.Stages.Select(s => s.Candidate).Skip(2).Take(3).ShouldBe(["Hamburgers", "Sweets", "Pears"]);
        r.Stages[4].Elected.ShouldBe(["Oranges"]);
        var tie = r.TieBreaks.ShouldHaveSingleItem();
        tie.Tied.ShouldBe(["Pears", "Sweets"]);
        tie.ResolvedBy.ShouldBe("votes at stage 1");
    }

    // Glasgow City Council, 3 May 2007: ward, quota and the councillors declared elected
    // (sources: Data/SOURCES.md; Droop reference reports test/ref/report/scotland/).
    [Theory]
    [InlineData("Anderston-City-2007", 1381, "Craig MacKay|Philip Braat|Nina Baker|Gordon Matheson")]
    [InlineData("Baillieston-2007", 2076, "John Mason|Jim Coleman|Douglas Hay|David McDonald")]
    [InlineData("Calton-2007", 1300, "George Redmond|Alison E Thewliss|Ruth Simpson")]
    [InlineData("Canal-2007", 1725, "Billy McAllister|Ellen   Hurcombe|Jim MacKechnie|Kieran  Wild ")]
    [InlineData("Craigton-2007", 2211, "Iris Gibson|Alistair Watson|Ruth Black|Matthew John Kerr")]
    [InlineData("Drumchapel-Anniesland-2007", 1737, "Paul Carey|Bill Kidd|Steven Purcell|Jonathan Findlay")]
    [InlineData("East-Centre-2007", 1816, "Jennifer Dunn|Patricia Chalmers|Frank Docherty|Elaine McDougall")]
    [InlineData("Garscadden-Scotsounhill-2007", 2033, "Liz Cameron|Graeme Hendry|Paul Rooney|Jean McFadden")]
    [InlineData("Govan-2007", 1913, "Allison Hunter|Shaukat Butt|Stephen Dornan|John Flanagan")]
    [InlineData("Greater-Pollock-2007", 1737, "Patricia Duffy|Alex Glass|Tommy Morrison|William O'Rourke")]
    [InlineData("Hillhead-2007", 1797, "George A Roberts|Martha Ferguson Wardrop|Kenneth Elder|Hanzala Malik")]
    [InlineData("Langside-2007", 2334, "James Dornan|Archie Graham|Paul Coleshill")]
    [InlineData("Linn-2007", 1914, "David Ritchie|Sadie Docherty|Margot Clark|John McKenzie")]
    [InlineData("Maryhill-Kelvin-2007", 1981, "Alex Dingwall|Robert Winter|Mary Paris|Mohammed Razaq")]
    [InlineData("Newlands-Auldburn-2007", 2164, "Colin Deans|Stephen Curran|Jim McNally")]
    [InlineData("North-East-2007", 1673, "Gilbert Davidson|Grant R Thoms|Gerald Leonard|Catherine McMaster")]
    [InlineData("Partick-West-2007", 2549, "Kenny McLean|Christopher Mason|Stuart Clay|Aileen Colleran")]
    [InlineData("Pollokshields-2007", 2392, "Irfan Rabbani|Khalil Malik|David Meikle")]
    [InlineData("Shettleston-2007", 1761, "John F McLaughlin|Tom McKeown|Euan McLeod|George Ryan")]
    [InlineData("Southside-Central-2007", 1748, "Jahangir Hanif|Anne Marie Millar|James Scanlon|Danny Alderslowe")]
    [InlineData("Springburn-2007", 1353, "Allan Stewart|James Todd|Phil Greene")]
    public void Glasgow_2007_wards_match_the_declared_result(string ward, int quota, string elected)
    {
        var r = CountingMethods.Count(ScottishStv.Name, Ballots.DataPath("glasgow-2007", ward + ".blt"), null, 1);

        r.Quota.ShouldBe(quota);
        r.Elected.OrderBy(n => n, StringComparer.Ordinal).ShouldBe(elected.Split('|').OrderBy(n => n, StringComparer.Ordinal));
        r.Elected[0].ShouldBe(elected.Split('|')[0], "the first candidate to reach the quota is elected first");
    }

    [Fact]
    public void Govan_2007_surplus_transfer_is_exact_to_five_decimals()
    {
        // Droop reference report Govan-2007-scotland-fixed-p5-d5.txt, round 1 (Hunter's surplus of 781).
        var r = CountingMethods.Count(ScottishStv.Name, Ballots.DataPath("glasgow-2007", "Govan-2007.blt"), null, 1);
        var stage = r.Stages[1];

        stage.Candidate.ShouldBe("Allison Hunter");
        stage.Totals["Allison Hunter"].ShouldBe(1913.00000m);
        stage.Totals["Shaukat Butt"].ShouldBe(1412.45570m);
        stage.Totals["Michael Cobley"].ShouldBe(449.66080m);
        stage.Totals["Will Jess"].ShouldBe(473.82660m);
        stage.Totals["Carolina Perez"].ShouldBe(138.35160m);
        stage.NonTransferable.ShouldBe(284.68180m);
        r.Stages[2].Candidate.ShouldBe("Carolina Perez");
        r.Stages[2].Action.ShouldBe(StageActions.Exclusion);
    }

    [Fact]
    public void Equal_lowest_are_separated_by_the_most_recent_stage_at_which_they_differed()
    {
        // Stage 1: A 5, B 4, C 2, D 3, E 1 (quota 6). Excluding E makes C 3 = D 3; at stage 1
        // C had fewer (2 < 3), so C is excluded (rule 51(2)(a)).
        var r = Ballots.Count(ScottishStv.Name, """
            5 2
            5 1 0
            4 2 0
            2 3 0
            3 4 0
            1 5 3 0
            0
            A
            B
            C
            D
            E
            "Look-back"
            """);

        r.Stages[1].Candidate.ShouldBe("E");
        r.Stages[1].Totals["C"].ShouldBe(3m);
        r.Stages[1].Totals["D"].ShouldBe(3m);
        r.Stages[2].Candidate.ShouldBe("C");
        var tie = r.TieBreaks.ShouldHaveSingleItem();
        tie.Tied.ShouldBe(["C", "D"]);
        tie.Chosen.ShouldBe("C");
        tie.ResolvedBy.ShouldBe("votes at stage 1");
        tie.Seed.ShouldBeNull();
    }

    private const string TiedAtEveryStage = """
        4 1
        3 1 0
        3 2 0
        2 3 0
        2 4 0
        0
        A
        B
        C
        D
        "Always equal"
        """;

    [Fact]
    public void Candidates_equal_at_every_stage_are_separated_by_a_seeded_lot()
    {
        var first = Ballots.Count(ScottishStv.Name, TiedAtEveryStage, seed: 2025);
        var again = Ballots.Count(ScottishStv.Name, TiedAtEveryStage, seed: 2025);

        var lot = first.TieBreaks[0];
        lot.Tied.ShouldBe(["C", "D"]);
        lot.ResolvedBy.ShouldBe("lot");
        lot.Seed.ShouldBe(2025UL);
        first.Seed.ShouldBe(2025UL);
        again.TieBreaks.Select(t => (t.Stage, t.Chosen)).ShouldBe(first.TieBreaks.Select(t => (t.Stage, t.Chosen)));
        again.Elected.ShouldBe(first.Elected);
        Enumerable.Range(0, 20).Select(s => Ballots.Count(ScottishStv.Name, TiedAtEveryStage, (ulong)s).TieBreaks[0].Chosen)
            .Distinct().Count().ShouldBe(2, "different seeds draw differently");
    }

    [Fact]
    public void Remaining_candidates_fill_the_last_seats_without_further_transfers()
    {
        var r = Ballots.Count(ScottishStv.Name, "3 2\n4 1 0\n3 2 0\n2 3 0\n0\nA\nB\nC\nT\n");
        // Quota 4: A is elected with no surplus; C is excluded; B alone is left for the last seat.
        r.Stages.Select(s => s.Action).ShouldBe([StageActions.FirstPreferences, StageActions.Exclusion, StageActions.ElectRemaining]);
        r.Elected.ShouldBe(["A", "B"]);
    }
}
