namespace Federation.Board.Tests;

/// <summary>The speaker-list page on a phone: pick a member from the register (gender from their record), or enter a guest.</summary>
public sealed class SpeakerPickerTests
{
    [Fact]
    public async Task The_keeper_finds_a_member_by_name_and_puts_them_on_the_list_with_the_registers_gender()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 17, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var added = await board.PostAsJsonAsync("/api/associations/solna/members", new
        {
            memberNumber = "4711", firstName = "Fatima", lastName = "Lindqvist", email = "fatima@exempel.se", joinedOn = "2020-01-01", gender = "woman",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        var meeting = await MinutesTests.Create(board, "2024-04-17");
        var url = $"/a/solna/meetings/{meeting}";

        (await board.Page($"{url}?q=Nilsson")).ShouldContain("Ingen medlem matchar \"Nilsson\"");
        var search = await board.Page($"{url}?q=Lindq");
        search.ShouldContain("Fatima Lindqvist");
        var memberId = System.Text.RegularExpressions.Regex.Match(search, "name=\"Pick.MemberId\" value=\"([^\"]+)\"").Groups[1].Value;

        var after = await board.Post($"{url}?q=Lindq", "pick", new() { ["Pick.MemberId"] = memberId, ["Pick.Type"] = "reply" });
        after.ShouldNotContain("class=\"error\"");
        var list = (await board.GetFromJsonAsync<JsonArray>($"/api/associations/solna/meetings/{meeting}/speakers"))!;
        var entry = list.Single()!;
        ((string)entry["name"]!, (string)entry["gender"]!, (string)entry["type"]!).ShouldBe(("Fatima Lindqvist", "woman", "reply"));

        var unknown = await board.Post($"{url}?q=Lindq", "pick", new() { ["Pick.MemberId"] = Guid.NewGuid().ToString(), ["Pick.Type"] = "speech" });
        unknown.ShouldContain("Välj en medlem ur sökresultatet.");
        (await board.GetFromJsonAsync<JsonArray>($"/api/associations/solna/meetings/{meeting}/speakers"))!.Count.ShouldBe(1);

        var guest = await board.Post(url, "speaker", new() { ["Input.Name"] = "Gästtalare", ["Input.Gender"] = "non-binary", ["Input.Type"] = "speech" });
        guest.ShouldContain("Gästtalare");
        (await board.GetFromJsonAsync<JsonArray>($"/api/associations/solna/meetings/{meeting}/speakers"))!
            .Select(c => $"{c!["name"]} {c["gender"]}").ShouldContain("Gästtalare non-binary");
    }

    [Fact]
    public async Task Without_membership_the_page_offers_guests_only_with_their_entered_gender()
    {
        // Liljeholmen-Hägersten with board work but the member register switched off.
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 17, 18, 0, 0, TimeSpan.Zero),
            b => b.Configuration["Associations:3:Modules:0"] = "board");
        var board = await host.Board("liljeholmen-hagersten");
        var meeting = await MinutesTests.Post(board, "/api/associations/liljeholmen-hagersten/meetings",
            new { kind = "member-meeting", title = "Medlemsmöte", date = "2024-04-17" });
        var url = $"/a/liljeholmen-hagersten/meetings/{meeting}";

        var page = await board.Page($"{url}?q=Anna");
        page.ShouldContain("Föreningen har inte medlemsregistret påslaget");
        page.ShouldNotContain("Sök medlem");
        var after = await board.Post(url, "speaker", new() { ["Input.Name"] = "Anna", ["Input.Gender"] = "woman", ["Input.Type"] = "speech" });
        after.ShouldContain("<td>Anna</td>");
        var entry = (await board.GetFromJsonAsync<JsonArray>($"/api/associations/liljeholmen-hagersten/meetings/{meeting}/speakers"))!.Single()!;
        ((string)entry["gender"]!).ShouldBe("woman");
    }
}
