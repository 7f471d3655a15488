using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Federation.Benchmarks;

/// <summary>
/// Every benchmark class in this assembly (pick with --filter), run in-process: building a copy of
/// the whole host per benchmark takes longer than BenchmarkDotNet allows here. Drivers run by name:
/// <c>dotnet run -c Release --project tests/Federation.Benchmarks -- &lt;driver&gt; [args]</c>.
/// </summary>
public static class BenchmarksProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && Drivers.Find(args[0]) is { } driver)
            return await driver(args[1..]);
        var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarksProgram).Assembly).Run(args, config);
        return 0;
    }
}
