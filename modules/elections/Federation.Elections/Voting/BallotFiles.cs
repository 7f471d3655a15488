using System.Text;
using Federation.Elections.Counting;
using Federation.Platform.Web;

namespace Federation.Elections.Voting;

/// <summary>Stored ballots as the engine's input files: BLT for ranked methods, CSV for marked ones.
/// A concluded election is counted from exactly the file anyone with the protocol can download,
/// so re-running the count on that file reproduces the result. Names in CSV files are neutralised for
/// spreadsheets (<see cref="SpreadsheetText"/>) and restored when read.</summary>
internal static class BallotFiles
{
    public static readonly IReadOnlyList<string> RankedMethods = [ScottishStv.Name, MeekStv.Name, InstantRunoff.Name, Schulze.Name];
    public static readonly IReadOnlyList<string> MarkedMethods = [Counting.MarkedMethods.Approval, Counting.MarkedMethods.Majority, Counting.MarkedMethods.Plurality];

    public static readonly IReadOnlyList<string> ListMethods = [HighestAverages.DHondt, HighestAverages.SainteLague];

    public static bool IsRanked(string method) => RankedMethods.Contains(method);

    public static bool IsList(string method) => ListMethods.Contains(method);

    /// <summary>A seat allocation's file: "party,votes" and one line per list, as the CLI reads it.</summary>
    public static string Parties(IReadOnlyList<string> names, IReadOnlyList<long> votes)
    {
        var text = new StringBuilder("party,votes\n");
        for (var i = 0; i < names.Count; i++) text.Append(SpreadsheetText.Neutral(names[i])).Append(',').Append(votes[i]).Append('\n');
        return text.ToString();
    }

    /// <summary>Ballot numbers ("3 1 2") as stored in <see cref="SecretBallot.Preferences"/>.</summary>
    public static int[] Parse(string preferences) =>
        preferences.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

    public static string Format(IEnumerable<int> numbers) => string.Join(' ', numbers);

    /// <summary>The problem with a paper naming <paramref name="numbers"/>, or null if it is valid.</summary>
    public static string? Problem(IReadOnlyList<int> numbers, int candidates, int seats, string method)
    {
        foreach (var n in numbers)
            if (n < 1 || n > candidates) return Text.T($"det finns ingen kandidat nummer {n} på valsedeln (1–{candidates})", $"there is no candidate number {n} on the ballot (1–{candidates})");
        var repeated = numbers.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) return Text.T($"kandidat nummer {repeated.Key} finns med mer än en gång", $"candidate number {repeated.Key} appears more than once");
        if (!IsRanked(method) && numbers.Count > seats)
            return Text.T($"högst {seats} kandidater får kryssas, inte {numbers.Count}", $"at most {seats} candidates may be marked, not {numbers.Count}");
        return null;
    }

    /// <summary>A BLT file: identical papers aggregated, blank papers kept as "n 0".</summary>
    public static string Blt(string title, IReadOnlyList<string> names, int seats, IEnumerable<int[]> papers)
    {
        var text = new StringBuilder().Append(names.Count).Append(' ').Append(seats).Append('\n');
        foreach (var group in papers.GroupBy(Format).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            text.Append(group.Count()).Append(' ').Append(group.Key).Append(group.Key.Length > 0 ? " 0\n" : "0\n");
        text.Append("0\n");
        foreach (var name in names) text.Append('"').Append(Clean(name)).Append("\"\n");
        return text.Append('"').Append(Clean(title)).Append("\"\n").ToString();
    }

    /// <summary>Candidate names as written in the files: no quotes or commas, each unique.</summary>
    public static List<string> PaperNames(IEnumerable<string> names)
    {
        var result = new List<string>();
        foreach (var name in names)
        {
            var clean = Clean(name).Replace(",", " ");
            var unique = clean;
            for (var i = 2; result.Contains(unique); i++) unique = $"{clean} ({i})";
            result.Add(unique);
        }
        return result;
    }

    /// <summary>A CSV file: a header of names, one row of 1/0 marks per paper.</summary>
    public static string Csv(IReadOnlyList<string> names, IEnumerable<int[]> papers)
    {
        var text = new StringBuilder().Append(string.Join(',', names.Select(SpreadsheetText.Neutral))).Append('\n');
        foreach (var paper in papers)
            text.Append(string.Join(',', Enumerable.Range(1, names.Count).Select(n => paper.Contains(n) ? "1" : "0"))).Append('\n');
        return text.ToString();
    }

    public static CountResult Count(string method, string title, IReadOnlyList<string> names, int seats, string file, ulong seed) =>
        IsRanked(method) ? CountingMethods.Count(method, BltReader.Read(new StringReader(file)), seed)
        : IsList(method) ? CountingMethods.Count(method, TableReader.PartiesFromCsv(file.Split('\n'), title), seats, seed)
        : CountingMethods.Count(method, TableReader.MarkedFromCsv(file.Split('\n'), title), seats, seed);

    private static string Clean(string s) => s.Replace("\"", "'").Replace("\n", " ").Trim();
}
