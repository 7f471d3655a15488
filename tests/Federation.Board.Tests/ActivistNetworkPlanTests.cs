namespace Federation.Board.Tests;

/// <summary>"Återupprätta aktivistnätverket eller liknande forum" (Storstockholm 2023–2025): the district's plan counts who joined.</summary>
public sealed class ActivistNetworkPlanTests
{
    [Fact]
    public async Task The_districts_plan_counts_the_members_of_every_association_who_joined_the_activist_network()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var district = await host.Board("storstockholm");
        (await district.PostAsJsonAsync("/api/associations/storstockholm/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        const string target = "Aktivistnätverket är återupprättat: medlemmar har gått med";
        var before = PlanJson.Target((await district.GetFromJsonAsync<JsonNode>("/api/associations/storstockholm/plans/2024"))!, target);
        (PlanJson.Done(before), (string)before["progress"]!["source"]!).ShouldBe((0m, "measured"));

        foreach (var association in new[] { "solna", "alvsjo-hagersten" })
        {
            var member = host.Host.Client(await host.Host.TokenFor($"medlem@{association}.test", association, "member"));
            (await member.PutAsJsonAsync($"/api/associations/{association}/activist-network", new { kinds = new[] { "leafleting" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var after = PlanJson.Target((await district.GetFromJsonAsync<JsonNode>("/api/associations/storstockholm/plans/2024"))!, target);
        (PlanJson.Done(after), (string)after["progress"]!["status"]!).ShouldBe((2m, "green"));
    }
}
