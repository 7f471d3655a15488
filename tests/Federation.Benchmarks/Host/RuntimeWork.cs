using System.Runtime;
using System.Runtime.CompilerServices;

namespace Federation.Benchmarks.Host;

/// <summary>What the runtime itself spent during a measurement: the JIT (tiering recompiles hot methods) and the garbage collector.</summary>
internal readonly record struct RuntimeWork(TimeSpan Jit, long JitMethods, TimeSpan GcPause, int Gen0, int Gen1, int Gen2)
{
    public static RuntimeWork Now() => new(
        JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount(), GC.GetTotalPauseDuration(),
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>
    /// Warms a server up as one that has run a while: rounds of the measured work on other data until a round makes the
    /// JIT compile little (tiering recompiles hot methods only once new code stops appearing, so the first round alone
    /// leaves thousands of recompilations to the measured run). Returns what was done, for the report.
    /// </summary>
    public static async Task<string> WarmUp(Func<int, Task> round, int maxRounds = 4)
    {
        var rounds = new List<string>();
        for (var i = 0; i < maxRounds; i++)
        {
            var before = Now();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await round(i);
            await Task.Delay(500); // the background compiler takes what the round queued
            var spent = Now() - before;
            rounds.Add($"{clock.Elapsed.TotalSeconds:F1} s ({spent.JitMethods} methods compiled)");
            if (spent.JitMethods < 300) break;
        }
        return $"{rounds.Count} warm-up rounds: {string.Join(", ", rounds)}";
    }

    public static RuntimeWork operator -(RuntimeWork a, RuntimeWork b) =>
        new(a.Jit - b.Jit, a.JitMethods - b.JitMethods, a.GcPause - b.GcPause, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2);

    public override string ToString() =>
        $"JIT {Jit.TotalSeconds:F1} s for {JitMethods} methods, GC pauses {GcPause.TotalSeconds:F1} s in {Gen0}/{Gen1}/{Gen2} collections, " +
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC";
}
