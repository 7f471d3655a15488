using System.Text;

namespace Federation.Benchmarks.Elections;

/// <summary>Reproducible ranked papers as BLT text: skewed popularity (so STV has surpluses and
/// exclusions) and partial rankings of random length. The same generator as the engine's large tests.</summary>
public static class GeneratedBallots
{
    public static string Blt(int candidates, int seats, int papers, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(papers * candidates * 2).Append(candidates).Append(' ').Append(seats).Append('\n');
        var order = new int[candidates];
        for (var i = 0; i < papers; i++)
        {
            for (var c = 0; c < candidates; c++) order[c] = c;
            for (var c = 0; c < candidates - 1; c++)
            {
                var pick = c + Math.Min(random.Next(candidates - c), random.Next(candidates - c));
                (order[c], order[pick]) = (order[pick], order[c]);
            }
            text.Append('1');
            var length = 1 + random.Next(candidates);
            for (var p = 0; p < length; p++) text.Append(' ').Append(order[p] + 1);
            text.Append(" 0\n");
        }
        text.Append("0\n");
        for (var c = 1; c <= candidates; c++) text.Append("\"C").Append(c).Append("\"\n");
        return text.Append("\"generated ").Append(papers).Append(" papers\"\n").ToString();
    }

    /// <summary>Writes the benchmark's files to <paramref name="directory"/> (also for reference counters).</summary>
    public static (string Stv, string Schulze) Write(string directory, int papers = 100_000)
    {
        Directory.CreateDirectory(directory);
        var stv = Path.Combine(directory, $"stv-30c-7s-{papers}.blt");
        var schulze = Path.Combine(directory, $"schulze-40c-{papers}.blt");
        if (!File.Exists(stv)) File.WriteAllText(stv, Blt(30, 7, papers, 1));
        if (!File.Exists(schulze)) File.WriteAllText(schulze, Blt(40, 1, papers, 2));
        return (stv, schulze);
    }
}
