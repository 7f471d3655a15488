using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

public class BltReaderTests
{
    [Fact]
    public void Reads_weights_withdrawn_candidates_and_quoted_or_plain_names()
    {
        var e = Ballots.Blt("""
            3 2
            -2
            4 1 2 0
            2 3 0
            1 1 2 0

            0
            "Alice Ek"
            Bob Berg
            "Cecilia"
            "Annual meeting 2025"
            """);

        e.Seats.ShouldBe(2);
        e.Candidates.ShouldBe(["Alice Ek", "Bob Berg", "Cecilia"]);
        e.Withdrawn.ShouldBe([1]);
        e.Title.ShouldBe("Annual meeting 2025");
        e.Ballots.Count.ShouldBe(2, "identical papers are aggregated");
        e.Ballots[0].Preferences.ShouldBe([0, 1]);
        e.Ballots[0].Weight.ShouldBe(5);
        e.ValidPapers()[0].Preferences.ShouldBe([0], "withdrawn candidates are struck out");
    }

    [Fact]
    public void Blank_papers_are_read_but_are_not_valid_votes()
    {
        var e = Ballots.Blt("2 1\n3 0\n2 1 0\n0\nA\nB\nT\n");
        e.Ballots.Sum(b => b.Weight).ShouldBe(5);
        e.ValidPapers().ShouldHaveSingleItem().Weight.ShouldBe(2);
    }

    [Fact]
    public void Reads_all_names_quoted_on_one_line()
    {
        Ballots.Blt("2 1\n1 1 0\n0\n\"A\" \"B\"\n\"T\"\n").Candidates.ShouldBe(["A", "B"]);
    }

    [Theory]
    [InlineData("", 1, "empty file")]
    [InlineData("3\n", 1, "expected the number of candidates and seats")]
    [InlineData("3 x\n", 1, "value 'x' is not a whole number")]
    [InlineData("2 3\n", 1, "3 seats but only 2 candidates")]
    [InlineData("2 1\n1 1 3 0\n0\nA\nB\nT\n", 2, "candidate 3 does not exist (there are 2 candidates)")]
    [InlineData("2 1\n1 1 0\n1 2 1 2 0\n0\nA\nB\nT\n", 3, "candidate 2 is ranked more than once")]
    [InlineData("2 1\n1 1 2\n0\nA\nB\nT\n", 2, "ballot does not end with 0")]
    [InlineData("2 1\n1 1 2 0\n", 3, "missing the 0 line that ends the ballots")]
    [InlineData("2 1\n1 1 2 0\nA\nB\nT\n", 3, "ballot weight 'A' is not a whole number")]
    [InlineData("2 1\nx 1 2 0\n0\nA\nB\nT\n", 2, "ballot weight 'x' is not a whole number")]
    [InlineData("2 1\n1 1 b 0\n0\nA\nB\nT\n", 2, "preference 'b' is not a whole number")]
    [InlineData("2 1\n0 1 2 0\n0\nA\nB\nT\n", 2, "ballot weight must be positive")]
    [InlineData("2 1\n-3\n1 1 0\n0\nA\nB\nT\n", 2, "candidate 3 does not exist")]
    [InlineData("2 1\n1 1 0\n0\nA\n", 5, "expected 2 candidate names, found 1")]
    [InlineData("2 1\n1 1 0\n0\nA\nB\n", 6, "missing the election title")]
    [InlineData("2 1\n1 1 0\n0\nA\nA\nT\n", 5, "candidate name \"A\" appears twice")]
    [InlineData("2 1\n1 1 0\n0\nA\nB\nT\nmore\n", 7, "unexpected text after the title")]
    [InlineData("2 1\n1 1 0\n0\nA\nB\nT\n\"source\"\n\"comment\"\n\"third\"\n", 9, "unexpected text after the title")]
    [InlineData("2 1\n1 1 0\n0\n\"A\nB\nT\n", 4, "unterminated quoted name")]
    public void Rejects_malformed_input_with_line_and_reason(string text, int line, string reason)
    {
        var error = Should.Throw<BallotFormatException>(() => Ballots.Blt(text));
        error.Line.ShouldBe(line);
        error.Reason.ShouldContain(reason);
        error.Message.ShouldStartWith($"line {line}: ");
    }
}
