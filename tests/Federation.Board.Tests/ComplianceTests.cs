namespace Federation.Board.Tests;

/// <summary>The district view from the Storstockholm plugin's compliance checks.</summary>
public sealed class ComplianceTests
{
    [Fact]
    public async Task District_staff_see_which_associations_fail_each_check_and_an_association_sees_only_its_own_row()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 9, 1, 10, 0, 0, TimeSpan.Zero));
        var solna = await host.Board();
        (await solna.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await solna.PostAsJsonAsync("/api/associations/solna/plans/2024/follow-ups", new { heldOn = "2024-06-10", note = "Halvårsuppföljning" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var role in new[] { "internal-feminist-officer", "antiracist-officer" })
            (await solna.PostAsJsonAsync("/api/associations/solna/board/roles", new { name = role, role, from = "2024-02-20" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var solnaMeeting = await MinutesTests.Create(solna, "2024-05-14");
        await MinutesTests.Post(solna, $"/api/associations/solna/meetings/{solnaMeeting}/speakers", new { name = "Anna", gender = "woman" });
        await solna.PostAsync($"/api/associations/solna/meetings/{solnaMeeting}/speakers/start", null);

        var alvsjo = await host.Board("alvsjo-hagersten");
        (await alvsjo.PostAsJsonAsync("/api/associations/alvsjo-hagersten/board/roles", new { name = "Olle", role = "antiracist-officer", from = "2024-02-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await MinutesTests.Post(alvsjo, "/api/associations/alvsjo-hagersten/meetings", new { kind = "member-meeting", title = "Medlemsmöte", date = "2024-04-10" });

        var office = host.Host.Client(await host.Host.TokenFor("kansli@district.test", "district", "district-office"));
        var rows = (await office.GetFromJsonAsync<JsonArray>("/api/associations/storstockholm/compliance/2024"))!;
        rows.Select(r => (string)r!["associationId"]!).ShouldBe(["storstockholm", "solna", "alvsjo-hagersten", "sundbyberg", "liljeholmen-hagersten", "skarholmen"], ignoreOrder: true);
        rows.Where(r => !(bool)r!["hasBoardModule"]!).Select(r => (string)r!["associationId"]!).ShouldBe(["sundbyberg", "skarholmen"], ignoreOrder: true);
        rows.Single(r => (string)r!["associationId"]! == "skarholmen")!["checks"]!.AsArray().ShouldBeEmpty();
        Failing(rows, "solna").ShouldBeEmpty();
        // Neither has a plan that sets a number of follow-ups, so none is due; the seeds ask no plan or speaker statistics of them.
        Failing(rows, "alvsjo-hagersten").ShouldBe(["internal-feminist-officer"]);
        Failing(rows, "liljeholmen-hagersten").ShouldBe(["internal-feminist-officer", "antiracist-officer"]);

        var own = (await solna.GetFromJsonAsync<JsonArray>("/api/associations/solna/compliance/2024"))!;
        own.Select(r => (string)r!["associationId"]!).ShouldBe(["solna"]);
        (await solna.GetAsync("/api/associations/storstockholm/compliance/2024")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await office.Page("/a/storstockholm/compliance");
        page.ShouldContain("Vänsterpartiet Älvsjö-Hägersten");
        page.ShouldContain("Vänsterpartiet Skärholmen");
        page.ShouldContain("Styrelsemodulen är inte påslagen i föreningen");
        (await office.Page("/a/storstockholm")).ShouldContain("href=\"/a/storstockholm/compliance\"", customMessage: "reachable from the district's start page");
    }

    private static List<string> Failing(JsonArray rows, string association) =>
        rows.Single(r => (string)r!["associationId"]! == association)!["checks"]!.AsArray()
            .Where(c => !(bool)c!["complies"]!).Select(c => (string)c!["id"]!).ToList();
}
