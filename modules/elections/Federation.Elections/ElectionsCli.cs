using System.CommandLine;
using Federation.Elections.Counting;

namespace Federation.Elections;

/// <summary><c>elections count --method M --ballots FILE [--seats N] [--seed S] [--json]</c>: counts a
/// ballot file and prints the elected in order of election, or the full JSON protocol.
/// Standalone: no services needed, so the host only adds <see cref="Create"/> to its root command.</summary>
internal static class ElectionsCli
{
    public static Command Create()
    {
        var method = new Option<string>("--method") { Description = "Counting method", Required = true };
        method.AcceptOnlyFromAmong([.. CountingMethods.Names]);
        var ballots = new Option<FileInfo>("--ballots") { Description = "Ballot file: BLT for ranked methods, CSV or JSON otherwise", Required = true };
        var seats = new Option<int?>("--seats") { Description = "Seats to fill (overrides the file)" };
        var seed = new Option<ulong?>("--seed") { Description = "Seed for drawing lots; recorded in the result (a random one if omitted)" };
        var json = new Option<bool>("--json") { Description = "Print the full count as JSON" };

        var count = new Command("count", "Count a ballot file") { method, ballots, seats, seed, json };
        count.SetAction(pr =>
        {
            var output = pr.InvocationConfiguration.Output;
            var error = pr.InvocationConfiguration.Error;
            try
            {
                var result = CountingMethods.Count(pr.GetValue(method)!, pr.GetValue(ballots)!.FullName,
                    pr.GetValue(seats), pr.GetValue(seed) ?? CountingMethods.NewSeed());
                if (pr.GetValue(json)) output.WriteLine(CountResultJson.Write(result));
                else WriteSummary(output, result);
                return 0;
            }
            catch (Exception e) when (e is BallotFormatException or CountingException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(e.Message);
                return 1;
            }
        });

        return new Command("elections", "Elections (val)") { count };
    }

    private static void WriteSummary(TextWriter output, CountResult result)
    {
        foreach (var name in result.Elected) output.WriteLine(name);
        if (result.ReVote is { Count: > 0 } reVote) output.WriteLine($"re-vote: {string.Join(", ", reVote)}");
        foreach (var t in result.TieBreaks.Where(t => t.Seed is not null))
            output.WriteLine($"tie ({t.Purpose}) drawn by lot with seed {t.Seed}: {t.Chosen}");
    }
}
