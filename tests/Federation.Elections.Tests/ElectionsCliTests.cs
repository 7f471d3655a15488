using System.CommandLine;
using System.Text.Json;

namespace Federation.Elections.Tests;

public class ElectionsCliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = new RootCommand { ElectionsCli.Create() }.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static string Write(string extension, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ballots-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }

    private static readonly string Food = Write(".blt", "6 3\n4 1 0\n2 2 1 0\n8 3 4 0\n4 3 5 0\n1 4 0\n1 6 0\n0\nOranges\nPears\nChocolate\nStrawberries\nSweets\nHamburgers\n\"Food\"\n");

    [Fact]
    public void Prints_the_elected_in_order_of_election()
    {
        var (exit, output, error) = Run("elections", "count", "--method", "scottish-stv", "--ballots", Food);
        exit.ShouldBe(0, error);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["Chocolate", "Oranges", "Strawberries"]);
    }

    [Fact]
    public void Json_carries_method_seats_quota_elected_stages_and_tie_breaks_with_seed()
    {
        var (exit, output, _) = Run("elections", "count", "--method", "scottish-stv", "--ballots", Food, "--json", "--seed", "77");
        exit.ShouldBe(0);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("method").GetString().ShouldBe("scottish-stv");
        json.GetProperty("seats").GetInt32().ShouldBe(3);
        json.GetProperty("quota").GetDecimal().ShouldBe(6m);
        json.GetProperty("elected").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Chocolate", "Oranges", "Strawberries"]);
        json.GetProperty("seed").GetUInt64().ShouldBe(77UL);
        var surplus = json.GetProperty("stages")[1];
        surplus.GetProperty("action").GetString().ShouldBe("transfer surplus");
        surplus.GetProperty("candidate").GetString().ShouldBe("Chocolate");
        surplus.GetProperty("totals").GetProperty("Strawberries").GetDecimal().ShouldBe(5m);
        var tie = json.GetProperty("tieBreaks").EnumerateArray().ShouldHaveSingleItem(); // Sweets v Pears
        tie.GetProperty("resolvedBy").GetString().ShouldBe("votes at stage 1");
    }

    [Fact]
    public void A_lot_is_reported_with_its_seed_and_the_same_seed_reproduces_it()
    {
        var tie = Write(".csv", "party,votes\nA,17\nB,5\nC,5\nG,4\n");
        var first = Run("elections", "count", "--method", "dhondt", "--ballots", tie, "--seats", "7", "--seed", "123", "--json");
        var again = Run("elections", "count", "--method", "dhondt", "--ballots", tie, "--seats", "7", "--seed", "123", "--json");

        again.Out.ShouldBe(first.Out);
        var lot = JsonDocument.Parse(first.Out).RootElement.GetProperty("tieBreaks")[0];
        lot.GetProperty("resolvedBy").GetString().ShouldBe("lot");
        lot.GetProperty("seed").GetUInt64().ShouldBe(123UL);
    }

    [Fact]
    public void Malformed_file_fails_with_line_and_reason_on_stderr()
    {
        var bad = Write(".blt", "2 1\n1 1 3 0\n0\nA\nB\nT\n");
        var (exit, output, error) = Run("elections", "count", "--method", "irv", "--ballots", bad);
        exit.ShouldNotBe(0);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe("line 2: candidate 3 does not exist (there are 2 candidates)");
    }

    [Fact]
    public void Unknown_method_and_missing_seats_are_errors()
    {
        Run("elections", "count", "--method", "borda", "--ballots", Food).Exit.ShouldNotBe(0);
        var csv = Write(".csv", "A,B\n1,0\n");
        var (exit, _, error) = Run("elections", "count", "--method", "approval", "--ballots", csv);
        exit.ShouldNotBe(0);
        error.ShouldContain("--seats");
    }

    [Fact]
    public void Majority_prints_who_goes_to_the_re_vote()
    {
        var csv = Write(".csv", "A,B,C\n1,0,0\n0,1,0\n0,0,1\n1,0,0\n0,1,0\n");
        var (exit, output, _) = Run("elections", "count", "--method", "majority", "--ballots", csv, "--seats", "1");
        exit.ShouldBe(0);
        output.Trim().ShouldBe("re-vote: A, B");
    }
}
