using Federation.Host.Demo;

namespace Federation.Activities.Tests;

/// <summary>The demo district's calendar: plugin series for a year, outreach, attendance.</summary>
public sealed class DemoTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        await DemoDistrict.SeedIfEmpty(host.App);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_demo_has_a_year_of_each_associations_series_with_attendance_on_past_occurrences()
    {
        var office = host.Client(await host.TokenFor("kansli@district.test", "district", "district-office"));
        var today = DateOnly.FromDateTime(DateTime.Today);
        var (from, to) = ($"{today.AddMonths(-6):yyyy-MM-dd}", $"{today.AddMonths(6):yyyy-MM-dd}");

        var alvsjo = await office.List("alvsjo-hagersten", from, to);
        var fifteenth = alvsjo.Where(o => o.SeriesId is not null).ToList();
        fifteenth.Count.ShouldBeInRange(9, 11);
        fifteenth.ShouldAllBe(o => o.Date.Day == 15 && o.Date.Month != 7 && o.Date.Month != 8);

        var solna = await office.List("solna", from, to);
        solna.Count(o => o.Title == "Vänsterpizza").ShouldBeInRange(12, 13);
        solna.Count(o => o.Title == "Röd lördag").ShouldBeInRange(12, 13);
        solna.Count(o => o.Type == "leafleting").ShouldBeGreaterThan(5);
        solna.Count(o => o.Type == "square-meeting").ShouldBeGreaterThan(0);
        solna.Where(o => o.Date < today && o.HostAssociationId is null && !o.Cancelled).ShouldAllBe(o => o.Held);
        solna.ShouldContain(o => o.DistrictWide && o.HostAssociationId == "storstockholm");
    }

    [Fact]
    public async Task The_demo_holds_or_plans_every_unconditional_point_of_the_plans_in_its_half_year_either_side()
    {
        var office = host.Client(await host.TokenFor("kansli@district.test", "district", "district-office"));
        var today = DateOnly.FromDateTime(DateTime.Today);
        var (from, to) = (today.AddMonths(-6), today.AddMonths(6));
        foreach (var association in new[] { "storstockholm", "alvsjo-hagersten", "solna" })
        foreach (var year in new[] { from.Year, to.Year }.Distinct())
        {
            var points = (await office.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/associations/{association}/activities/expected/{year}"))!;
            foreach (var point in points.Where(p => !(bool)p!["conditional"]!
                && DateOnly.Parse((string)p["from"]!) >= from && DateOnly.Parse((string)p["to"]!) <= to))
                ((string)point!["status"]!).ShouldBeOneOf(["Held", "Planned"], $"{association} {point["id"]} {year}");
        }
        // Stockholm Pride is the parade on the first Saturday of August, not "1 August".
        (await office.List("storstockholm", $"{from:yyyy-MM-dd}", $"{to:yyyy-MM-dd}")).Where(o => o.Title == "Stockholm Pride")
            .ShouldAllBe(o => o.Date.DayOfWeek == DayOfWeek.Saturday && o.Date.Month == 8 && o.Date.Day <= 7);
    }
}
