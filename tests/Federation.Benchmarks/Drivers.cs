namespace Federation.Benchmarks;

/// <summary>
/// Measurements that are not micro-benchmarks (cold start, end-to-end latency, load runs) are
/// drivers: named entry points that print their figures. Each registers itself here.
/// </summary>
public static partial class Drivers
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> All = new(StringComparer.OrdinalIgnoreCase);

    public static Func<string[], Task<int>>? Find(string name) => All.GetValueOrDefault(name);

    public static void Register(string name, Func<string[], Task<int>> driver) => All[name] = driver;
}
