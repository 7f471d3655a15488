namespace Federation.Benchmarks.Host;

/// <summary>Percentiles of a sample, as the performance report prints them.</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static string Describe(IReadOnlyList<double> values) =>
        $"min {values.Min():F1}, p50 {Percentile(values, 50):F1}, p95 {Percentile(values, 95):F1}, p99 {Percentile(values, 99):F1}, max {values.Max():F1}";
}
