using System.Text.Json.Nodes;

namespace Federation.Activities.Tests;

/// <summary>
/// "det ska vara lätt att engagera sig även om man inte är knuten till en geografisk plats" / "Återupprätta
/// aktivistnätverket" (Storstockholm 2023–2025): anyone joins from their association, the district lists everyone.
/// </summary>
public sealed class ActivistNetworkTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_member_joins_the_district_network_from_their_association_and_the_district_lists_them_by_kind_of_action()
    {
        var member = host.Client(await host.TokenFor("medlem@solna.test", "solna", "member"));
        var none = await member.PutAsJsonAsync("/api/associations/solna/activist-network", new { kinds = Array.Empty<string>() });
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await none.Content.ReadAsStringAsync()).ShouldContain("Välj minst en sorts aktion");
        (await member.PutAsJsonAsync("/api/associations/solna/activist-network", new { kinds = new[] { "board-meeting" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var joined = await member.PutAsJsonAsync("/api/associations/solna/activist-network", new { kinds = new[] { "leafleting", "door-knocking" }, area = "Norrort" });
        joined.StatusCode.ShouldBe(HttpStatusCode.OK, await joined.Content.ReadAsStringAsync());
        // Changing what one helps with keeps one entry.
        (await member.PutAsJsonAsync("/api/associations/solna/activist-network", new { kinds = new[] { "postering" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = host.Client(await host.TokenFor("medlem@alvsjo-hagersten.test", "alvsjo-hagersten", "member"));
        (await other.PutAsJsonAsync("/api/associations/alvsjo-hagersten/activist-network", new { kinds = new[] { "square-meeting" } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var district = host.Client(await host.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
        var all = (await district.GetFromJsonAsync<JsonArray>("/api/associations/storstockholm/activist-network/all"))!;
        all.Select(a => ((string)a!["associationId"]!, string.Join(',', a["kinds"]!.AsArray().Select(k => (string)k!)))).ShouldBe(
            [("solna", "postering"), ("alvsjo-hagersten", "square-meeting")], ignoreOrder: true);
        (await member.GetAsync("/api/associations/solna/activist-network/all")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = Forms.Visible(await district.GetStringAsync("/a/storstockholm/activities/activists"));
        page.ShouldContain("Med i nätverket: 2");
        page.ShouldContain("Affischering: 1");

        (await member.DeleteAsync("/api/associations/solna/activist-network")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await district.GetFromJsonAsync<JsonArray>("/api/associations/storstockholm/activist-network/all"))!.Count.ShouldBe(1);
        (await member.GetAsync("/api/associations/solna/activist-network")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
