namespace Federation.Benchmarks.Elections;

/// <summary><c>elections-files DIR [PAPERS]</c>: writes the benchmark's BLT files, so a reference
/// counter can be timed on exactly the same input.</summary>
public sealed class ElectionsFilesDriver : IDriver
{
    public string Name => "elections-files";

    public Task<int> Run(string[] args)
    {
        var directory = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "federation-elections-bench");
        var papers = args.Length > 1 ? int.Parse(args[1]) : 100_000;
        var (stv, schulze) = GeneratedBallots.Write(directory, papers);
        Console.WriteLine(stv);
        Console.WriteLine(schulze);
        return Task.FromResult(0);
    }
}
