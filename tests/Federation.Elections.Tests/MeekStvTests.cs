using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

public class MeekStvTests
{
    [Fact]
    public void Wikipedia_food_election_elects_the_same_three()
    {
        var r = Ballots.Count(MeekStv.Name, """
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
            """);
        r.Elected.Order().ShouldBe(["Chocolate", "Oranges", "Strawberries"]);
        r.Elected[0].ShouldBe("Chocolate");
    }

    // Droop's reference results for the PR Foundation rule (test/ref/report/*-meek-prf-o6-fixed-p9-d9.txt).
    [Theory]
    [InlineData("M135", "C1|C2|C6|C3|C4|C9|C10")]
    [InlineData("SC", "Pat LaMarche|Rebecca Rotzler|Steve Kramer|Kristen Olsen")]
    public void Matches_the_reference_implementation(string file, string elected)
    {
        var r = CountingMethods.Count(MeekStv.Name, Ballots.DataPath("droop", file + ".blt"), null, 1);
        r.Elected.Order(StringComparer.Ordinal).ShouldBe(elected.Split('|').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Quota_is_recomputed_from_the_votes_still_in_the_count()
    {
        // A's surplus has nowhere to go, so it leaves the count and the quota falls from 3 (9 ÷ 3).
        var r = Ballots.Count(MeekStv.Name, "3 2\n6 1 0\n2 2 0\n1 3 0\n0\nA\nB\nC\nT\n");
        r.Elected.ShouldBe(["A", "B"]);
        r.Quota!.Value.ShouldBeLessThan(3m);
    }
}
