using System.Text.RegularExpressions;

namespace Federation.Board.Tests;

/// <summary>Minutes written by two secretaries at once, and approved by the two adjusters the meeting elected.</summary>
public sealed class MinutesEditingTests
{
    private const string Api = "/api/associations/solna";

    [Fact]
    public async Task A_save_based_on_an_older_revision_is_a_conflict_that_hands_back_the_newer_text_and_overwrites_nothing()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 3, 20, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var meeting = await MinutesTests.Create(board, "2026-03-20");
        var item = await MinutesTests.Post(board, $"{Api}/meetings/{meeting}/items", new { title = "Ekonomi" });
        var url = $"{Api}/meetings/{meeting}/items/{item}/minutes";

        (await board.PutAsJsonAsync(url, new { text = "Kassören rapporterade.", revision = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await board.PutAsJsonAsync(url, new { text = "Ingen rapport.", revision = 0 });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var conflict = (await stale.Content.ReadFromJsonAsync<JsonNode>())!;
        ((string)conflict["current"]!["minutes"]!, (int)conflict["current"]!["revision"]!).ShouldBe(("Kassören rapporterade.", 1));
        (await board.PutAsJsonAsync(url, new { text = "Kassören rapporterade ett överskott.", revision = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)(await board.GetFromJsonAsync<JsonNode>($"{Api}/meetings/{meeting}/minutes"))!["items"]![0]!["minutes"]!).ShouldBe("Kassören rapporterade ett överskott.");
    }

    [Fact]
    public async Task The_whole_page_saves_at_once_keeps_a_second_secretarys_text_in_the_box_and_shows_the_first_ones_text_beside_it()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 3, 20, 18, 0, 0, TimeSpan.Zero));
        var first = await host.Board();
        var second = host.Host.Client(await host.Host.TokenFor("sekreterare@solna.test", "solna", "board"));
        var meeting = await MinutesTests.Create(first, "2026-03-20");
        var economy = await MinutesTests.Post(first, $"{Api}/meetings/{meeting}/items", new { title = "Ekonomi" });
        var members = await MinutesTests.Post(first, $"{Api}/meetings/{meeting}/items", new { title = "Medlemsvärvning" });
        var page = $"/a/solna/meetings/{meeting}/minutes";

        // Both opened the page at revision 0; the first saves § 1, then the second saves § 1 and § 2 from what they saw.
        var saved = await first.Post(page, "minutes", Edits((economy, "Kassören rapporterade.", "", 0), (members, "", "", 0)));
        saved.ShouldContain("Sparat (1 punkter ändrade).");
        var answer = await second.Post(page, "minutes", Edits((economy, "Ekonomin är god.", "", 0), (members, "Tio nya medlemmar.", "", 0)));

        answer.ShouldContain("Någon annan sparade § 1 medan du skrev.");
        answer.ShouldContain("Kassören rapporterade."); // theirs, shown
        answer.ShouldContain(">Ekonomin är god.</textarea>"); // mine, still in the box
        answer.ShouldContain("Sparat (1 punkter ändrade).");
        var items = (await first.GetFromJsonAsync<JsonNode>($"{Api}/meetings/{meeting}/minutes"))!["items"]!.AsArray();
        items.Select(i => (string?)i!["minutes"]).ShouldBe(["Kassören rapporterade.", "Tio nya medlemmar."]);
    }

    [Fact]
    public async Task Two_elected_adjusters_approve_signed_in_after_the_meeting_and_the_protocol_names_them_and_the_chair_with_their_roles()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 3, 19, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var meeting = await MinutesTests.Create(board, "2026-03-20");
        var astrid = host.Host.Client(await host.Host.TokenFor("astrid@solna.test", "solna", "member"));
        var bjorn = host.Host.Client(await host.Host.TokenFor("bjorn@solna.test", "solna", "member"));
        var other = host.Host.Client(await host.Host.TokenFor("annan@solna.test", "solna", "member"));
        var adjusters = $"{Api}/meetings/{meeting}/adjusters";
        (await board.PostAsJsonAsync(adjusters, new { chair = "Anna Ordförande", adjusters = new[] { new { name = "Astrid", email = "astrid@solna.test" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await board.PostAsJsonAsync(adjusters, new
        {
            chair = "Anna Ordförande",
            adjusters = new[] { new { name = "Astrid Lindgren", email = "astrid@solna.test" }, new { name = "Björn Öberg", email = "Bjorn@solna.test" } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await astrid.GetAsync($"{Api}/meetings/{meeting}/protocol")).StatusCode.ShouldBe(HttpStatusCode.OK, "an adjuster reads the draft");
        (await other.GetAsync($"{Api}/meetings/{meeting}/protocol")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var early = await astrid.PostAsync($"{Api}/meetings/{meeting}/approvals", null);
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await early.Content.ReadAsStringAsync()).ShouldContain("först när mötet har ägt rum");

        host.Clock.Advance(TimeSpan.FromDays(2));
        (await other.PostAsync($"{Api}/meetings/{meeting}/approvals", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var one = (await (await astrid.PostAsync($"{Api}/meetings/{meeting}/approvals", null)).Content.ReadFromJsonAsync<JsonNode>())!;
        ((bool)one["locked"]!).ShouldBeFalse("one adjuster of two has approved");
        var both = (await (await bjorn.PostAsync($"{Api}/meetings/{meeting}/approvals", null)).Content.ReadFromJsonAsync<JsonNode>())!;
        ((bool)both["locked"]!, (string)both["approvedOn"]!).ShouldBe((true, "2026-03-21"));

        var protocol = System.Net.WebUtility.HtmlDecode(await board.GetStringAsync($"{Api}/meetings/{meeting}/protocol"));
        protocol.ShouldContain("Vänsterpartiet Solna");
        var start = protocol.IndexOf("class=\"signatures\">", StringComparison.Ordinal) + "class=\"signatures\">".Length;
        var signatures = protocol[start..protocol.IndexOf("</body>", StringComparison.Ordinal)];
        Regex.Replace(Regex.Replace(signatures, "<[^>]+>", " "), @"\s+", " ").Trim().ShouldBe(
            "Anna Ordförande Mötesordförande Astrid Lindgren Justerare, justerat 2026-03-21 Björn Öberg Justerare, justerat 2026-03-21 Justerat 2026-03-21.");
        (await board.PutAsJsonAsync($"{Api}/meetings/{meeting}/items/{Guid.NewGuid()}/minutes", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static Dictionary<string, string> Edits(params (string Item, string Text, string Base, int Revision)[] edits)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < edits.Length; i++)
        {
            fields[$"Edits[{i}].ItemId"] = edits[i].Item;
            fields[$"Edits[{i}].Text"] = edits[i].Text;
            fields[$"Edits[{i}].Base"] = edits[i].Base;
            fields[$"Edits[{i}].Revision"] = edits[i].Revision.ToString();
        }
        return fields;
    }
}
