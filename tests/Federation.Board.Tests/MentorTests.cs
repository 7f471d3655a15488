namespace Federation.Board.Tests;

/// <summary>
/// "Förtroendevalda … som önskar stöd i form av en mentor … ska få hjälp av distriktet att hitta någon" (Storstockholm
/// 2025–2027): an association asks for one of its officials, the district finds a mentor, the district's plan counts it.
/// </summary>
public sealed class MentorTests
{
    private static readonly DateTimeOffset March2026 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private const string Target = "Förtroendevalda som ber om en mentor får hjälp att hitta någon";

    [Fact]
    public async Task An_association_asks_for_a_mentor_for_an_official_and_the_district_finds_one_and_its_plan_counts_it()
    {
        await using var host = await BoardHost.Start(March2026);
        var solna = await host.Board();
        var district = await host.Board("storstockholm");
        (await district.PostAsJsonAsync("/api/associations/storstockholm/plans", new { year = 2026 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var anna = await solna.NewMemberId("solna", "M-1", "Anna", "woman");
        var bo = await solna.NewMemberId("solna", "M-2", "Bo", "man");
        (await solna.PostAsJsonAsync("/api/associations/solna/board/elected-officials", new { memberId = anna, from = "2026-01-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var notOfficial = await solna.PostAsJsonAsync("/api/associations/solna/board/mentors", new { memberId = bo, support = "Stöd i budgetarbetet" });
        notOfficial.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notOfficial.Content.ReadAsStringAsync()).ShouldContain("inte förtroendevald");
        (await solna.PostAsJsonAsync("/api/associations/solna/board/mentors", new { memberId = anna, support = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var created = await solna.PostAsJsonAsync("/api/associations/solna/board/mentors", new { memberId = anna, support = "Nyvald i socialnämnden" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
        (await solna.PostAsJsonAsync("/api/associations/solna/board/mentors", new { memberId = anna, support = "Igen" })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest, "one open request per official");

        // Another association sees nothing of it; the district sees it, and its plan shows it unmet.
        (await (await host.Board("alvsjo-hagersten")).GetFromJsonAsync<JsonArray>("/api/associations/alvsjo-hagersten/board/mentors"))!.ShouldBeEmpty();
        var all = (await district.GetFromJsonAsync<JsonArray>("/api/associations/storstockholm/board/mentors"))!;
        all.Select(r => ((string)r!["associationId"]!, (string)r["status"]!)).ShouldBe([("solna", "requested")]);
        Share(await DistrictPlan(district)).ShouldBe((0m, "red"));

        (await solna.PostAsJsonAsync($"/api/associations/solna/board/mentors/solna/{id}/decision", new { matched = true, mentor = "Eva" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the district finds the mentor");
        var noName = await district.PostAsJsonAsync($"/api/associations/storstockholm/board/mentors/solna/{id}/decision", new { matched = true });
        (await noName.Content.ReadAsStringAsync()).ShouldContain("Ange vem som blir mentor");
        (await district.PostAsJsonAsync($"/api/associations/storstockholm/board/mentors/solna/{id}/decision", new { matched = true, mentor = "Eva Ek, Nacka" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await district.PostAsJsonAsync($"/api/associations/storstockholm/board/mentors/solna/{id}/decision", new { matched = false, note = "Ändrat mig" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a decided request stays decided");

        var own = (await solna.GetFromJsonAsync<JsonArray>("/api/associations/solna/board/mentors"))!.Single()!;
        ((string)own["status"]!, (string)own["mentor"]!).ShouldBe(("matched", "Eva Ek, Nacka"));
        Share(await DistrictPlan(district)).ShouldBe((100m, "green"));
    }

    private static async Task<JsonNode> DistrictPlan(HttpClient district) =>
        (await district.GetFromJsonAsync<JsonNode>("/api/associations/storstockholm/plans/2026"))!;

    private static (decimal, string) Share(JsonNode plan)
    {
        var target = PlanJson.Target(plan, Target);
        return (PlanJson.Done(target), (string)target["progress"]!["status"]!);
    }
}
