using BenchmarkDotNet.Attributes;
using Federation.Elections.Counting;

namespace Federation.Benchmarks.Elections;

/// <summary>The targets: scottish-stv on 100 000 papers, 30 candidates, 7 seats, and schulze
/// on 100 000 papers, 40 candidates, each under 1 s, memory linear in the papers. "Count" reads the
/// BLT file and counts (what the CLI does); "CountOnly" counts papers already read.</summary>
[MemoryDiagnoser]
[WarmupCount(2), IterationCount(5)]
public class ElectionsCountBenchmarks
{
    [Params(25_000, 50_000, 100_000)]
    public int Papers { get; set; }

    private string stvFile = "", schulzeFile = "";
    private RankedElection stv = null!, schulze = null!;

    [GlobalSetup]
    public void Setup()
    {
        (stvFile, schulzeFile) = GeneratedBallots.Write(Path.Combine(Path.GetTempPath(), "federation-elections-bench"), Papers);
        stv = BltReader.Read(stvFile);
        schulze = BltReader.Read(schulzeFile);
    }

    [Benchmark]
    public int ScottishStv_Count() => CountingMethods.Count(ScottishStv.Name, stvFile, null, 1).Elected.Count;

    [Benchmark]
    public int ScottishStv_CountOnly() => CountingMethods.Count(ScottishStv.Name, stv, 1).Elected.Count;

    [Benchmark]
    public int Schulze_Count() => CountingMethods.Count(Schulze.Name, schulzeFile, null, 1).Elected.Count;

    [Benchmark]
    public int Schulze_CountOnly() => CountingMethods.Count(Schulze.Name, schulze, 1).Elected.Count;
}
