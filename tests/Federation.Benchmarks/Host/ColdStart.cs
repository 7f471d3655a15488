using System.Diagnostics;
using System.Net.Sockets;
using Federation.TestSupport;

namespace Federation.Benchmarks.Host;

/// <summary>
/// Cold start of the real host binary (all modules, the three plugins) to the first 200 from
/// /health: a new process each run, on an existing (already migrated) data folder and on an
/// empty one. Arguments: runs (default 10), the host's dll (default: the Release build; a
/// published ReadyToRun folder is what a district deploys).
/// </summary>
public sealed class ColdStart : IDriver
{
    public string Name => "cold-start";

    public async Task<int> Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0]) : 10;
        var host = args.Length > 1 ? Path.GetFullPath(args[1])
            : Path.Combine(RepoPaths.Root, "host", "Federation.Host", "bin", "Release", "net10.0", "Federation.Host.dll");
        if (!File.Exists(host)) throw new FileNotFoundException("Build the host first: dotnet build -c Release host/Federation.Host", host);
        var existing = Directory.CreateTempSubdirectory("federation-coldstart-").FullName;
        await Measure(host, existing); // creates and migrates the database once
        var warm = new List<double>();
        var fresh = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            warm.Add(await Measure(host, existing));
            var empty = Directory.CreateTempSubdirectory("federation-coldstart-").FullName;
            fresh.Add(await Measure(host, empty));
            TestHost.TryDelete(empty);
        }
        TestHost.TryDelete(existing);
        Console.WriteLine($"cold start to first 200 from /health, {runs} runs each (ms):");
        Console.WriteLine($"  existing database: {Stats.Describe(warm)}");
        Console.WriteLine($"  empty data folder (creates and migrates): {Stats.Describe(fresh)}");
        return 0;
    }

    private static async Task<double> Measure(string host, string data)
    {
        var port = FreePort();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [host, "serve", "--urls", $"http://127.0.0.1:{port}", "--data", data])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    if ((await client.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode)
                        return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(5);
            }
            throw new TimeoutException("The host did not answer /health within 60 s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
