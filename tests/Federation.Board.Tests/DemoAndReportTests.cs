using Federation.Platform.Modules;
using Federation.Platform.Tenancy;

namespace Federation.Board.Tests;

/// <summary>The annual report draft and the demo's board work.</summary>
public sealed class DemoAndReportTests
{
    [Fact]
    public async Task The_demo_shows_solnas_2024_plan_half_way_a_meeting_with_statistics_and_the_district_view()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
        await SeedDemo(host, "solna");
        await SeedDemo(host, "alvsjo-hagersten");
        var solna = await host.Board();

        var plan = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024?asOf=2024-06-30"))!;
        PlanJson.Done(PlanJson.Target(plan, "Minst 20 flygbladsutdelningar")).ShouldBe(13);
        PlanJson.Done(PlanJson.Target(plan, "Anordna Röd lördag en gång i månaden")).ShouldBe(5);
        ((string)PlanJson.Target(plan, "Antirasistisk ansvarig")["progress"]!["status"]!).ShouldBe("green");
        ((int)plan["followUp"]!["recorded"]!).ShouldBe(1);
        PlanJson.Done(PlanJson.Target(plan, "Jämn könsfördelning av talartiden")).ShouldBeGreaterThan(0);
        PlanJson.Done(PlanJson.Target(plan, "Talarstatistik mäts vid samtliga medlemsträffar, stormöten, årsmöte samt styrelsemöten")).ShouldBe(50);

        var statistics = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/speaker-statistics/2024"))!;
        ((int)statistics["statistics"]!["contributions"]!).ShouldBeGreaterThan(6);
        statistics["meetingsLackingStatistics"]!.AsArray().Select(m => (string)m!["title"]!).ShouldBe(["Medlemsmöte om budgeten"]);

        var office = host.Host.Client(await host.Host.TokenFor("kansli@district.test", "district", "district-office"));
        var rows = (await office.GetFromJsonAsync<JsonArray>("/api/associations/storstockholm/compliance/2024"))!;
        rows.Single(r => (string)r!["associationId"]! == "alvsjo-hagersten")!["checks"]!.AsArray()
            .Where(c => !(bool)c!["complies"]!).Select(c => (string)c!["id"]!).ShouldContain("internal-feminist-officer");
        var districtPage = await office.Page("/a/storstockholm/compliance?year=2024");
        districtPage.ShouldContain("Vänsterpartiet Älvsjö-Hägersten");
        districtPage.ShouldContain("✗ nej");

        var meetings = await solna.Page("/a/solna/meetings?year=2024");
        meetings.ShouldContain("Möten utan talarstatistik, som föreningens regler kräver:");
        meetings.ShouldContain("Medlemsmöte om budgeten");
        meetings.ShouldContain("<svg");
        (await solna.Page("/a/solna/plan?year=2024&asOf=2024-06-30")).ShouldContain("Minst 20 flygbladsutdelningar");
        var alvsjoBoard = (await (await host.Board("alvsjo-hagersten")).GetFromJsonAsync<JsonNode>("/api/associations/alvsjo-hagersten/board"))!;
        alvsjoBoard["missingFunctions"]!.AsArray().Select(f => (string)f!).ShouldContain("internal-feminist-officer");
    }

    [Fact]
    public async Task The_annual_report_is_drafted_from_the_figures_edited_and_printed()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2025, 1, 10, 10, 0, 0, TimeSpan.Zero));
        await SeedDemo(host, "solna");
        var solna = await host.Board();

        var draft = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024/report"))!;
        ((bool)draft["saved"]!).ShouldBeFalse();
        var text = (string)draft["text"]!;
        text.ShouldContain("Minst 20 flygbladsutdelningar: 13 av 20 (ej uppnått)");
        text.ShouldContain("TALARSTATISTIK");
        text.ShouldContain("Amina Yusuf, Ordförande");

        var empty = await solna.PutAsJsonAsync("/api/associations/solna/plans/2024/report", new { text = " " });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await solna.PutAsJsonAsync("/api/associations/solna/plans/2024/report", new { text = text + "\nTack till alla aktiva!" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await solna.PutAsJsonAsync("/api/associations/solna/plans/2024/report", new { text = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var print = await solna.GetAsync("/api/associations/solna/plans/2024/report/print");
        print.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await print.Content.ReadAsStringAsync();
        html.ShouldContain("Tack till alla aktiva!");
        html.ShouldContain("<svg");
        (await solna.GetStringAsync("/a/solna/plan/report?year=2024")).ShouldContain("Tack till alla aktiva!");
    }

    private static async Task SeedDemo(BoardHost host, string association)
    {
        using var scope = host.Host.Services.CreateScope();
        var target = scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(association)!;
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(target);
        await new BoardModule().SeedDemo(new DemoSeed(target, scope.ServiceProvider, 2026, new DateOnly(2026, 11, 22)), CancellationToken.None);
    }
}
