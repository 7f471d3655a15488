using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

public class InstantRunoffTests
{
    // Wikipedia, "Instant-runoff voting", the Tennessee capital example: Memphis 42 %, Nashville 26 %,
    // Chattanooga 15 %, Knoxville 17 %. Chattanooga, then Nashville are eliminated; Knoxville wins.
    private const string Tennessee = """
        4 1
        42 1 2 3 4 0
        26 2 3 4 1 0
        15 3 4 2 1 0
        17 4 3 2 1 0
        0
        Memphis
        Nashville
        Chattanooga
        Knoxville
        "Capital of Tennessee"
        """;

    [Fact]
    public void Wikipedia_tennessee_example()
    {
        var r = Ballots.Count(InstantRunoff.Name, Tennessee);

        r.Elected.ShouldBe(["Knoxville"]);
        r.Stages.Select(s => s.Candidate).ShouldBe([null, "Chattanooga", "Nashville"]);
        r.Stages[1].Totals["Knoxville"].ShouldBe(32m);
        r.Stages[2].Totals["Knoxville"].ShouldBe(58m);
        r.Stages[2].Elected.ShouldBe(["Knoxville"]);
    }

    [Fact]
    public void A_majority_of_first_preferences_wins_at_once()
    {
        Ballots.Count(InstantRunoff.Name, "2 1\n3 1 0\n2 2 0\n0\nA\nB\nT\n").Stages.Count.ShouldBe(1);
    }

    [Fact]
    public void Fills_one_seat_only()
    {
        Should.Throw<CountingException>(() => Ballots.Count(InstantRunoff.Name, "2 2\n1 1 0\n0\nA\nB\nT\n"))
            .Message.ShouldContain("--seats 1");
    }
}
