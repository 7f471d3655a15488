using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.Benchmarks.Host;
using Federation.TestSupport;

namespace Federation.Benchmarks.Board;

/// <summary>
/// The meeting room under load: the real host process, <c>phones</c> connections following one meeting's speaker list
/// (server-sent events, as a phone's browser opens them), and <c>changes</c> requests to speak put on the list by the
/// chair through the API one after another. For each change it measures, per phone, the time from sending the request
/// to the phone receiving a list that shows the new speaker; and the server's memory with every phone connected.
/// Arguments: phones (default 300), changes (default 20).
/// </summary>
public sealed class SpeakerFanout : IDriver
{
    public string Name => "speaker-fanout";

    public async Task<int> Run(string[] args)
    {
        var phones = args.Length > 0 ? int.Parse(args[0]) : 300;
        var changes = args.Length > 1 ? int.Parse(args[1]) : 20;
        var data = TestHost.NewDataDirectory();
        var log = Path.Combine(Path.GetTempPath(), $"speaker-fanout-{Guid.NewGuid():N}.log");
        await Cli(log, "users", "add", "--email", "ordforande@solna.test", "--name", "Mötesordförande", "--association", "solna", "--role", "board", "--data", data);
        var created = await Cli(log, "tokens", "create", "--email", "ordforande@solna.test", "--json", "--data", data);
        var token = System.Text.RegularExpressions.Regex.Match(created, "\"token\":\\s*\"([^\"]+)\"").Groups[1].Value; // among the log lines

        await using var server = HostProcess.Serve(log, ["--data", data]);
        await server.WaitForHealth(TimeSpan.FromSeconds(60));
        using var chair = new HttpClient { BaseAddress = server.BaseAddress };
        chair.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var meeting = await Json(await chair.PostAsJsonAsync("api/associations/solna/meetings",
            new { kind = "annual-meeting", title = "Årsmöte", date = DateOnly.FromDateTime(DateTime.Today) }));
        var id = meeting.GetProperty("id").GetGuid();
        var code = (await Json(await chair.PostAsync($"api/associations/solna/meetings/{id}/speaker-code", null))).GetProperty("code").GetString()!;
        var rssIdle = Rss(server.Id);

        // Each phone notes when it first sees each new speaker: arrivals[change][phone] (Stopwatch ticks, 0 = not yet).
        var arrivals = new long[changes, phones];
        var markers = Enumerable.Range(0, changes).Select(i => $">Talare {i:000}<").ToArray();
        using var stop = new CancellationTokenSource();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var connected = new CountdownEvent(phones);
        var connecting = Stopwatch.StartNew();
        var readers = Enumerable.Range(0, phones).Select(p => Task.Run(() => Follow(http, $"api/associations/solna/speaker-lists/{code}/events", p, markers, arrivals, connected, stop.Token))).ToList();
        if (!connected.Wait(TimeSpan.FromSeconds(120))) throw new TimeoutException($"only {phones - connected.CurrentCount} of {phones} phones connected within 120 s");
        var connectTime = connecting.Elapsed;
        var rssConnected = Rss(server.Id);

        var latencies = new List<double>();
        var missing = 0;
        for (var change = 0; change < changes; change++)
        {
            var sent = Stopwatch.GetTimestamp();
            (await chair.PostAsJsonAsync($"api/associations/solna/meetings/{id}/speakers", new { name = $"Talare {change:000}", gender = change % 2 == 0 ? "woman" : "man" }))
                .EnsureSuccessStatusCode();
            var deadline = Stopwatch.StartNew();
            while (Enumerable.Range(0, phones).Any(p => Volatile.Read(ref arrivals[change, p]) == 0) && deadline.Elapsed < TimeSpan.FromSeconds(10))
                await Task.Delay(5);
            for (var p = 0; p < phones; p++)
            {
                var at = Volatile.Read(ref arrivals[change, p]);
                if (at == 0) missing++;
                else latencies.Add(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
            }
            await Task.Delay(200);
        }
        var rssAfter = Rss(server.Id);
        var peak = Peak(server.Id);
        stop.Cancel();
        await Task.WhenAll(readers.Select(r => r.ContinueWith(_ => { })));

        Console.WriteLine($"speaker-fanout: {phones} phones following one meeting, {changes} requests to speak, one at a time");
        Console.WriteLine($"  all phones connected and holding the first list in {connectTime.TotalMilliseconds:F0} ms");
        Console.WriteLine($"  request sent → list with the new speaker on a phone (ms), {latencies.Count} deliveries, {missing} missing after 10 s:");
        Console.WriteLine($"    {Stats.Describe(latencies)}");
        Console.WriteLine($"  server memory (RSS): {rssIdle / 1024} MB before the phones, {rssConnected / 1024} MB with them connected, {rssAfter / 1024} MB after the changes, peak {peak / 1024} MB");
        TestHost.TryDelete(data);
        return missing == 0 ? 0 : 1;
    }

    private static async Task Follow(HttpClient http, string url, int phone, string[] markers, long[,] arrivals, CountdownEvent connected, CancellationToken stop)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, stop);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
        var first = true;
        var next = 0; // the lowest change this phone has not seen yet; a later list shows every earlier speaker too
        var frame = new System.Text.StringBuilder();
        try
        {
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal)) { frame.Append(line, 6, line.Length - 6); continue; }
                if (line.Length != 0 || frame.Length == 0) continue;
                var now = Stopwatch.GetTimestamp();
                var text = frame.ToString();
                frame.Clear();
                while (next < markers.Length && text.Contains(markers[next], StringComparison.Ordinal)) Volatile.Write(ref arrivals[next++, phone], now);
                if (first) { first = false; connected.Signal(); }
            }
        }
        catch (OperationCanceledException) { }
    }

    private static async Task<string> Cli(string log, params string[] args)
    {
        var result = await HostProcess.Cli(log, args);
        return result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"{string.Join(' ', args)} failed:\n{result.Log}");
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Resident memory of the process, in kB (/proc/PID/status).</summary>
    private static long Rss(int pid) => Status(pid, "VmRSS:");

    private static long Peak(int pid) => Status(pid, "VmHWM:");

    private static long Status(int pid, string field) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0]);
}
