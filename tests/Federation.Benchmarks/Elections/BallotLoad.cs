using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.Benchmarks.Host;
using Federation.TestSupport;

namespace Federation.Benchmarks.Elections;

/// <summary>
/// N phones vote at the annual meeting against the real server process (<c>serve</c>, SQLite): a ranked
/// election (Scottish STV, 8 candidates, 3 seats) with N voters on the roll and N codes. Each phone does
/// what a voter's phone does on /a/solna/rosta, without an account: loads the page, opens the ballot
/// with its code, reviews a ranking, casts. The phones start at random moments within the spread
/// (default 20 s: the room after the chair opens the vote). Prints each step's latency, how long the N
/// ballots took, and checks that N ballots are stored and every code is used once.
/// Arguments: N (default 300), spread in seconds (default 20; 0 = all at once).
/// </summary>
public sealed class BallotLoad : IDriver
{
    public string Name => "ballot-load";

    private const string Api = "api/associations/solna/elections";
    private const string VotePage = "a/solna/rosta";

    public async Task<int> Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 300;
        var spread = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1]) : 20);
        var data = Directory.CreateTempSubdirectory("federation-ballot-load-").FullName;
        var log = Path.Combine(data, "host.log");
        try
        {
            var token = await HostCli.AccountWithToken(log, data, "ordforande@solna.test", [("solna", "board")]);
            await using var server = HostProcess.Serve(log, ["--data", data]);
            await server.WaitForHealth(TimeSpan.FromSeconds(60));
            using var chair = server.ApiClient(token);
            var (election, codes) = await Prepare(chair, count);

            var steps = new Dictionary<string, List<double>> { ["page"] = [], ["open"] = [], ["review"] = [], ["cast"] = [] };
            var errors = new List<string>();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(codes.Select(async (code, i) =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * spread.TotalMilliseconds));
                try
                {
                    foreach (var (step, ms) in await Phone(server.BaseAddress!, code, i)) lock (steps) steps[step].Add(ms);
                }
                catch (Exception e) { lock (errors) errors.Add(e.Message); }
            }));
            var took = clock.Elapsed;

            var tally = await Conclude(chair, election);
            Console.WriteLine($"ballot-load: {count} phones, started within {spread.TotalSeconds:0} s, real server process (SQLite)");
            foreach (var (step, ms) in steps) Console.WriteLine($"  {step,-7} (ms): {(ms.Count > 0 ? Stats.Describe(ms) : "none")}");
            Console.WriteLine($"  all {count} ballots cast in {took.TotalSeconds:F1} s; errors: {errors.Count}; stored ballots counted: {tally}");
            foreach (var error in errors.Distinct().Take(5)) Console.WriteLine($"  error: {error}");
            var p95 = steps["cast"].Count > 0 ? Stats.Percentile(steps["cast"], 95) : double.MaxValue;
            var ok = errors.Count == 0 && tally == count && took < TimeSpan.FromSeconds(60) && p95 < 500;
            Console.WriteLine(ok ? "  PASS: within 60 s, cast p95 under 500 ms, no error" : "  FAIL");
            return ok ? 0 : 1;
        }
        finally
        {
            TestHost.TryDelete(data);
        }
    }

    /// <summary>The meeting, the election open for digital voting, N voters present, N codes.</summary>
    private static async Task<(Guid Election, List<string> Codes)> Prepare(HttpClient chair, int count)
    {
        var meeting = await Id(chair.PostAsJsonAsync($"{Api}/meetings", new { title = "Årsmöte", heldOn = DateOnly.FromDateTime(DateTime.Today) }));
        var election = await Id(chair.PostAsJsonAsync($"{Api}/meetings/{meeting}/elections", new { position = "board", seats = 3, method = "scottish-stv" }));
        for (var c = 1; c <= 8; c++)
            await Id(chair.PostAsJsonAsync($"{Api}/{election}/floor-nominations", new { name = $"Kandidat {c}", gender = c % 2 == 0 ? "man" : "woman", accepted = true }));
        (await chair.PostAsJsonAsync($"{Api}/{election}/open", new { mode = "digital" })).EnsureSuccessStatusCode();
        for (var v = 1; v <= count; v++)
            await Id(chair.PostAsJsonAsync($"{Api}/meetings/{meeting}/roll", new { name = $"Röstande {v}", present = true }));
        var issued = await chair.PostAsJsonAsync($"{Api}/{election}/codes", new { });
        issued.EnsureSuccessStatusCode();
        var codes = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        return (election, codes);
    }

    /// <summary>One phone: its own cookies (antiforgery), four requests, each timed.</summary>
    private static async Task<List<(string Step, double Ms)>> Phone(Uri server, string code, int seed)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var timings = new List<(string, double)>();
        var start = Stopwatch.GetTimestamp();
        var html = await http.GetStringAsync(VotePage);
        timings.Add(("page", Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        // A ranking of three of the eight, varied per phone.
        var ranking = new[] { seed % 8 + 1, (seed + 3) % 8 + 1, (seed + 5) % 8 + 1 };
        foreach (var step in new[] { "open", "review", "cast" })
        {
            var fields = new Dictionary<string, string>
            {
                ["_handler"] = "vote", ["__RequestVerificationToken"] = Forms.AntiforgeryToken(html), ["Paper.Code"] = code, ["Paper.Step"] = step,
            };
            if (step != "open")
                for (var place = 0; place < ranking.Length; place++) fields[$"Paper.Place[{ranking[place]}]"] = $"{place + 1}";
            start = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync(VotePage, new FormUrlEncodedContent(fields));
            html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            timings.Add((step, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{step}: {(int)response.StatusCode}");
            var expected = step == "open" ? "Granska rösten" : step == "review" ? "Granska din röst" : "Din röst är lagd.";
            if (!html.Contains(expected, StringComparison.Ordinal))
                throw new InvalidOperationException($"{step}: the page does not say \"{expected}\"");
        }
        return timings;
    }

    /// <summary>Closes the vote (the count) and returns the number of ballots it counted.</summary>
    private static async Task<int> Conclude(HttpClient chair, Guid election)
    {
        using var response = await chair.PostAsJsonAsync($"{Api}/{election}/conclude", new { });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("tally").GetProperty("cast").GetInt32();
    }

    private static async Task<Guid> Id(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }
}
