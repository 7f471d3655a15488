using System.Text.Json.Nodes;
using Federation.Platform.Tenancy;

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

    [Fact]
    public async Task The_districts_list_of_the_network_is_a_logged_read_of_the_members_the_accounts_are_linked_to()
    {
        var solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var created = await solna.PostAsJsonAsync("/api/associations/solna/members", new
        {
            memberNumber = "N-1", firstName = "Nora", lastName = "Nätverksson", email = "nora@exempel.se", phone = "0701234567", joinedOn = "2024-01-10",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var nora = (Guid)(await created.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
        var member = host.Client(await host.TokenFor("nora@exempel.se", "solna", "member"));
        await host.Link("nora@exempel.se", "solna", nora);
        (await member.PutAsJsonAsync("/api/associations/solna/activist-network", new { kinds = new[] { "leafleting" }, phone = "0701234567" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        // An account linked to no member is listed, and nobody's read is logged for it.
        var unlinked = host.Client(await host.TokenFor("medlem@alvsjo-hagersten.test", "alvsjo-hagersten", "member"));
        (await unlinked.PutAsJsonAsync("/api/associations/alvsjo-hagersten/activist-network", new { kinds = new[] { "square-meeting" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Reads(solna, nora)).ShouldBeEmpty("joining is no read by someone else");

        var district = host.Client(await host.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
        (await district.GetFromJsonAsync<JsonArray>("/api/associations/storstockholm/activist-network/all"))!.Count.ShouldBe(2);
        (await Reads(solna, nora)).ShouldBe(["styrelse@storstockholm.test"], "one read, by the district's board, in Nora's own access log");
        Forms.Visible(await district.GetStringAsync("/a/storstockholm/activities/activists")).ShouldContain("0701234567");
        (await Reads(solna, nora)).Count.ShouldBe(2, "the page is a read too");
    }

    /// <summary>Who read the member in the activist network's list, one actor per entry.</summary>
    private static async Task<List<string>> Reads(HttpClient board, Guid member)
    {
        var log = (await board.GetFromJsonAsync<JsonNode>($"/api/associations/solna/members/{member}/access-log?pageSize=200"))!;
        return [.. log["items"]!.AsArray().Where(e => (string)e!["action"]! == "read" && (string)e["fields"]! == "activist network")
            .Select(e => Actors.EmailOf((string)e!["actor"]!) ?? (string)e!["actor"]!)];
    }
}
