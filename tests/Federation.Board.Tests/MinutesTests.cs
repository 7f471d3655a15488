using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Tests;

/// <summary>Minutes: agenda, decisions carried over, approval that locks, new logged versions, the printable protocol.</summary>
public sealed class MinutesTests
{
    private const string Api = "/api/associations/solna";

    [Fact]
    public async Task Approved_minutes_cannot_be_edited_in_place_and_a_change_needs_a_new_logged_version()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 3, 20, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var meeting = await Create(board, "2024-03-20");
        var item = await Post(board, $"{Api}/meetings/{meeting}/items", new { title = "Val av justerare", attachment = "Förslag: Bo" });
        (await board.PutAsJsonAsync($"{Api}/meetings/{meeting}/items/{item}/minutes", new { text = "Bo valdes." })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var onlyChair = await board.PostAsJsonAsync($"{Api}/meetings/{meeting}/approve", new { chair = "Anna", adjusters = Array.Empty<string>() });
        onlyChair.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await onlyChair.Content.ReadAsStringAsync()).ShouldContain("adjusters");
        (await board.PostAsJsonAsync($"{Api}/meetings/{meeting}/approve", new { chair = "Anna", adjusters = new[] { "Bo" } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var edit = await board.PutAsJsonAsync($"{Api}/meetings/{meeting}/items/{item}/minutes", new { text = "Cecilia valdes." });
        edit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await edit.Content.ReadAsStringAsync()).ShouldContain("låst");
        (await board.PostAsJsonAsync($"{Api}/meetings/{meeting}/items", new { title = "Smygpunkt" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await host.In("solna", db => db.AgendaItems.SingleAsync())).Minutes.ShouldBe("Bo valdes.");
        var locked = await board.Page($"/a/solna/meetings/{meeting}/minutes");
        locked.ShouldContain("<summary>Öppna ny version …</summary>", customMessage: "reopening is behind a confirmation");
        locked.ShouldContain("Protokollet låses upp som version 2. Den justerade texten sparas i ändringsloggen, justeringarna nollställs och justerarna behöver justera den nya versionen.");

        (await board.PostAsJsonAsync($"{Api}/meetings/{meeting}/reopen", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await board.PostAsJsonAsync($"{Api}/meetings/{meeting}/reopen", new { reason = "Fel namn på justeraren" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.PutAsJsonAsync($"{Api}/meetings/{meeting}/items/{item}/minutes", new { text = "Cecilia valdes." })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var minutes = (await board.GetFromJsonAsync<JsonNode>($"{Api}/meetings/{meeting}/minutes"))!;
        ((int)minutes["version"]!, (bool)minutes["locked"]!).ShouldBe((2, false));
        var revision = minutes["revisions"]!.AsArray().Single()!;
        ((int)revision["version"]!, (string)revision["reason"]!).ShouldBe((1, "Fel namn på justeraren"));
        var snapshot = await host.In("solna", db => db.MinutesRevisions.Select(r => r.Snapshot).SingleAsync());
        snapshot.ShouldContain("Bo valdes.");
        snapshot.ShouldNotContain("Cecilia");
    }

    [Fact]
    public async Task The_protocol_renders_as_html_and_open_decisions_follow_to_the_next_meeting_until_done()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 20, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var march = await Create(board, "2024-03-20");
        var item = await Post(board, $"{Api}/meetings/{march}/items", new { title = "Valstuga", attachment = "Budget: 2 000 kr" });
        var decision = await Post(board, $"{Api}/meetings/{march}/decisions", new { itemId = item, text = "Boka valstuga på torget", responsible = "Bo", dueOn = "2024-05-01" });
        await Post(board, $"{Api}/meetings/{march}/attendees", new { name = "Anna" });
        await Post(board, $"{Api}/meetings/{march}/attendees", new { name = "Gäst", voting = false });

        var response = await board.GetAsync($"{Api}/meetings/{march}/protocol");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("§ 1 Valstuga");
        html.ShouldContain("Budget: 2 000 kr");
        System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "").ShouldContain("Boka valstuga på torget – ansvarig: Bo, senast 2024-05-01");
        html.ShouldContain("Gäst (utan rösträtt)");

        var april = await Create(board, "2024-04-17");
        var carried = (await board.GetFromJsonAsync<JsonNode>($"{Api}/meetings/{april}/minutes"))!["carriedOver"]!.AsArray();
        carried.Select(d => (string)d!["text"]!).ShouldBe(["Boka valstuga på torget"]);

        var page = $"/a/solna/meetings/{april}/minutes";
        (await board.Page(page)).ShouldContain("Boka valstuga på torget <span class=\"muted\">(2024-03-20, Bo, senast 2024-05-01)</span>");
        (await board.Post(page, $"done-{decision}", [])).ShouldNotContain("Boka valstuga på torget", customMessage: "marked done from the minutes");
        (await board.GetFromJsonAsync<JsonNode>($"{Api}/meetings/{april}/minutes"))!["carriedOver"]!.AsArray().ShouldBeEmpty();
        (await board.PostAsync($"{Api}/decisions/{decision}/done", null)).StatusCode.ShouldBe(HttpStatusCode.OK, "done twice is no error");
    }

    [Fact]
    public async Task A_board_meeting_has_a_quorum_when_more_than_half_the_boards_seats_are_present_and_the_page_says_so()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 20, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        foreach (var (name, role) in new[] { ("Anna", "chair"), ("Bo", "treasurer"), ("Cecilia", "member"), ("David", "member"), ("Eva", "member"), ("Frans", "substitute") })
            (await board.PostAsJsonAsync($"{Api}/board/roles", new { name, role, from = "2024-02-20" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var meeting = await Create(board, "2024-04-17");
        foreach (var name in new[] { "Anna", "Bo" }) await Post(board, $"{Api}/meetings/{meeting}/attendees", new { name });
        await Post(board, $"{Api}/meetings/{meeting}/attendees", new { name = "Frans", voting = false });

        var minutes = (await board.GetFromJsonAsync<JsonNode>($"{Api}/meetings/{meeting}/minutes"))!;
        ((int)minutes["present"]!, (int)minutes["quorumRequired"]!, (bool)minutes["quorate"]!).ShouldBe((2, 3, false), "five seats, the substitute excluded");
        (await board.Page($"/a/solna/meetings/{meeting}/minutes")).ShouldContain("Mötet är inte beslutsmässigt: 1 till med rösträtt behövs.");

        await Post(board, $"{Api}/meetings/{meeting}/attendees", new { name = "Cecilia" });
        ((bool)(await board.GetFromJsonAsync<JsonNode>($"{Api}/meetings/{meeting}/minutes"))!["quorate"]!).ShouldBeTrue();
        (await board.Page($"/a/solna/meetings/{meeting}/minutes")).ShouldContain("Mötet är beslutsmässigt.");
    }

    [Fact]
    public async Task The_pages_render_for_the_board()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 20, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync($"{Api}/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var meeting = await Create(board, "2024-04-17");
        (await board.GetStringAsync("/a/solna/plan")).ShouldContain("Minst 20 flygbladsutdelningar");
        (await board.GetStringAsync("/a/solna/board")).ShouldContain("Antirasistiskt ansvarig");
        (await board.GetStringAsync("/a/solna/meetings")).ShouldContain("Styrelsemöte");
        (await board.GetStringAsync($"/a/solna/meetings/{meeting}")).ShouldContain("Talarlista");
        (await board.GetStringAsync($"/a/solna/meetings/{meeting}/minutes")).ShouldContain("Dagordning");
    }

    internal static async Task<string> Create(HttpClient board, string date) =>
        await Post(board, $"{Api}/meetings", new { kind = "board-meeting", title = $"Styrelsemöte {date}", date });

    internal static async Task<string> Post(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
    }
}
