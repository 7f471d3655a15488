namespace Federation.Benchmarks;

/// <summary>
/// A measurement that is not a micro-benchmark (cold start, end-to-end latency, a load run):
/// a named entry point that prints its figures. Found by reflection; run as
/// <c>dotnet run -c Release --project tests/Federation.Benchmarks -- NAME [args]</c>.
/// </summary>
public interface IDriver
{
    string Name { get; }

    Task<int> Run(string[] args);
}

public static class Drivers
{
    public static Func<string[], Task<int>>? Find(string name) =>
        typeof(Drivers).Assembly.GetTypes()
            .Where(t => typeof(IDriver).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IDriver)Activator.CreateInstance(t)!)
            .FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } driver
            ? driver.Run
            : null;
}
