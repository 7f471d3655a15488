namespace Federation.Operations.Tests;

/// <summary>Tests that run the built host binary as real processes: one at a time, so their timings mean something.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcesses
{
    public const string Name = "Real host processes";
}
