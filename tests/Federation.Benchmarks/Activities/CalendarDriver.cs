using System.Diagnostics;
using System.Net.Http.Json;
using Federation.Activities.Domain;
using Federation.Activities.Views;
using Federation.Platform.Tenancy;
using Federation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Benchmarks.Activities;

/// <summary>
/// A year of calendars for every association, then timings of the district's combined year list,
/// one association's paged API list and its iCalendar feed.
/// Run: <c>dotnet run -c Release --project tests/Federation.Benchmarks -- activities-calendar [rounds]</c>
/// </summary>
public sealed class CalendarDriver : IDriver
{
    public string Name => "activities-calendar";

    public async Task<int> Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0]) : 30;
        await using var host = await TestHost.Start();
        var directory = host.Services.GetRequiredService<IAssociationDirectory>();
        var year = DateTime.Today.Year + 1;
        var from = new DateOnly(year, 1, 1);
        var until = new DateOnly(year, 12, 31);
        var total = 0;
        foreach (var association in directory.All.Where(a => a.Enables("activities") && !a.IsDistrict))
        {
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
            var planner = scope.ServiceProvider.GetRequiredService<SeriesPlanner>();
            foreach (var (day, type) in new[] { ("monday", "phone-bank"), ("wednesday", "leafleting"), ("saturday", "square-meeting") })
                total += (await planner.Create(new SeriesInput(Recurrence.Weekly, from, until, type, $"{type} {association.Id}", "Beskrivning, med komma; och semikolon",
                    "Torget", "Centrum", new TimeOnly(17, 0), 90, day), default)).Occurrences;
            total += (await planner.Create(new SeriesInput(Recurrence.MonthlyOnWeekday, from, until, "member-meeting", "Medlemsmöte", null, "Lokalen", null,
                new TimeOnly(18, 30), 120, "tuesday", Ordinal: 2), default)).Occurrences;
        }
        Console.WriteLine($"Seeded {total} occurrences in {directory.All.Count(a => a.Enables("activities") && !a.IsDistrict)} associations for {year}.");

        var district = directory.District;
        var districtList = await Time(rounds, async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(district);
            return (await scope.ServiceProvider.GetRequiredService<DistrictCalendar>().List(new CalendarFilter(from, until), default)).Count;
        });
        Report("District year list (DistrictCalendar, all associations)", districtList);

        var client = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var apiPage = await Time(rounds, async () =>
            (await client.GetFromJsonAsync<PageOf>($"/api/associations/solna/activities?from={from:yyyy-MM-dd}&to={until:yyyy-MM-dd}&pageSize=200"))!.Total);
        Report("GET /api/associations/solna/activities (year, page of 200)", apiPage);

        var feed = (await (await client.PostAsync("/api/associations/solna/activity-feeds/association", null)).Content.ReadFromJsonAsync<FeedUrl>())!.Url;
        var anonymous = host.Client();
        var ics = await Time(rounds, async () => (await anonymous.GetByteArrayAsync(feed)).Length);
        Report("GET association iCalendar feed (18 months window)", ics);
        return 0;
    }

    private static async Task<(List<double> Ms, int Result)> Time(int rounds, Func<Task<int>> action)
    {
        var result = await action(); // warm-up
        var ms = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await action();
            ms.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (ms, result);
    }

    private static void Report(string what, (List<double> Ms, int Result) timing)
    {
        var sorted = timing.Ms.Order().ToList();
        Console.WriteLine($"{what}: result {timing.Result}; median {sorted[sorted.Count / 2]:F1} ms, p95 {sorted[(int)(sorted.Count * 0.95)]:F1} ms, max {sorted[^1]:F1} ms over {sorted.Count} rounds");
    }

    private sealed record PageOf(int Total);

    private sealed record FeedUrl(string Url);
}
