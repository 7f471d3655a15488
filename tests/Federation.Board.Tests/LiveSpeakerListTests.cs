using Federation.Board.Domain;
using Federation.Extensions;

namespace Federation.Board.Tests;

/// <summary>The speaker list's order (<see cref="SpeakerQueue"/>), as OpenSlides and VoteIT keep it.</summary>
public sealed class SpeakerQueueTests
{
    private static readonly DateTime T0 = new(2026, 3, 12, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Points_of_order_then_replies_go_ahead_of_speeches_each_in_the_order_asked()
    {
        Contribution[] list =
        [
            Asked(1, "Anna", Gender.Woman), Asked(2, "Bo", Gender.Man, Contribution.Reply), Asked(3, "Cia", Gender.Woman, Contribution.PointOfOrder),
            Asked(4, "Dan", Gender.Man, Contribution.Reply), Asked(5, "Eva", Gender.Woman, Contribution.PointOfOrder), Held(6, "Fia", Gender.Woman, 1),
        ];

        Names(SpeakerQueue.Order(list, SpeakerListOrder.Default)).ShouldBe(["Fia", "Cia", "Eva", "Bo", "Dan", "Anna"]);
    }

    [Fact]
    public void First_time_speakers_go_ahead_of_those_who_already_held_a_speech_only_when_the_rule_asks()
    {
        Contribution[] list = [Held(1, "Anna", Gender.Woman, 1), Asked(2, "Anna", Gender.Woman), Asked(3, "Bo", Gender.Man), Asked(4, "Cia", Gender.Woman)];

        Names(SpeakerQueue.Order(list, new(FirstTimeSpeakersFirst: true, AlternateWomenAndNonBinary: false))).ShouldBe(["Anna", "Bo", "Cia", "Anna"]);
        Names(SpeakerQueue.Order(list, SpeakerListOrder.Default)).ShouldBe(["Anna", "Anna", "Bo", "Cia"]);
    }

    [Fact]
    public void An_alternating_list_gives_the_speech_after_a_mans_to_the_first_woman_or_non_binary_person_waiting()
    {
        Contribution[] list =
        [
            Held(1, "Bo", Gender.Man, 1), Asked(2, "Dan", Gender.Man), Asked(3, "Erik", Gender.Man), Asked(4, "Kim", Gender.NonBinary),
            Asked(5, "Cia", Gender.Woman), Asked(6, "Okänd", Gender.NotStated),
        ];

        Names(SpeakerQueue.Order(list, new(false, AlternateWomenAndNonBinary: true))).ShouldBe(["Bo", "Kim", "Dan", "Cia", "Erik", "Okänd"]);
        Names(SpeakerQueue.Order(list, SpeakerListOrder.Default)).ShouldBe(["Bo", "Dan", "Erik", "Kim", "Cia", "Okänd"]);
    }

    private static string[] Names(IEnumerable<Contribution> list) => list.Select(c => c.Name).ToArray();

    private static Contribution Asked(int number, string name, string gender, string type = Contribution.Speech) =>
        new() { Id = Guid.NewGuid(), Number = number, Name = name, Gender = gender, Type = type };

    private static Contribution Held(int number, string name, string gender, int minute) =>
        new() { Id = Guid.NewGuid(), Number = number, Name = name, Gender = gender, StartedAt = T0.AddMinutes(minute), StoppedAt = T0.AddMinutes(minute + 1), Seconds = 60 };
}

/// <summary>The live speaker list: phones and the projector follow a meeting by its code, and every change reaches them.</summary>
public sealed class LiveSpeakerListTests
{
    [Fact]
    public async Task A_phone_following_the_code_receives_each_change_of_the_list_without_asking_again()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 4, 17, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var meeting = await MinutesTests.Create(board, "2026-04-17");
        var code = await Code(board, meeting);

        using var phone = host.Host.Client();
        using var events = await Follow(phone, $"/api/associations/solna/speaker-lists/{code.ToLowerInvariant()}/events?view=projector");
        (await NextBoard(events)).ShouldContain("Ingen väntar på ordet.");

        await MinutesTests.Post(board, $"/api/associations/solna/meetings/{meeting}/speakers", new { name = "Astrid Lindgren", gender = "woman" });
        (await NextBoard(events)).ShouldContain("Astrid Lindgren");
        (await board.PostAsync($"/api/associations/solna/meetings/{meeting}/speakers/start", null)).EnsureSuccessStatusCode();
        var speaking = await NextBoard(events);
        speaking.ShouldContain("Talar nu");
        speaking.ShouldContain("class=\"current-speaker\">Astrid Lindgren");
    }

    [Fact]
    public async Task A_code_opens_only_its_own_associations_meeting_and_an_unknown_code_is_not_found()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 4, 17, 18, 0, 0, TimeSpan.Zero));
        var code = await Code(await host.Board(), await MinutesTests.Create(await host.Board(), "2026-04-17"));
        using var anyone = host.Host.Client();

        (await anyone.GetAsync($"/api/associations/alvsjo-hagersten/speaker-lists/{code}/events", HttpCompletionOption.ResponseHeadersRead)).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await anyone.GetAsync("/api/associations/solna/speaker-lists/XXXXXX/events", HttpCompletionOption.ResponseHeadersRead)).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await anyone.Page("/a/alvsjo-hagersten/talarlista/" + code)).ShouldContain("Okänd kod");
    }

    [Fact]
    public async Task A_guest_asks_for_the_floor_with_the_code_keeps_one_place_when_asking_twice_and_withdraws_only_their_own()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 4, 17, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var meeting = await MinutesTests.Create(board, "2026-04-17");
        var code = await Code(board, meeting);
        var page = $"/a/solna/talarlista/{code}";
        var speakers = $"/api/associations/solna/meetings/{meeting}/speakers";
        await MinutesTests.Post(board, speakers, new { name = "Bo Chair-Added", gender = "man" });

        using var guest = host.Host.Client();
        var (html, cookie, _) = await Ask(guest, page, null, new() { ["Input.Name"] = "Gäst Gunilla", ["Input.Gender"] = "woman", ["Input.Type"] = "speech" });
        html.ShouldContain("Du står på listan");
        cookie.ShouldNotBeNull();
        html.ShouldContain("nummer 2 på tur");
        (await Ask(guest, page, cookie, new() { ["Input.Name"] = "Gäst Gunilla", ["Input.Gender"] = "woman", ["Input.Type"] = "speech" })).Html
            .ShouldContain("nummer 2 på tur");
        await Ask(guest, page, cookie, new() { ["Input.Name"] = "Gäst Gunilla", ["Input.Gender"] = "woman", ["Input.Type"] = "point-of-order" });

        var list = (await board.GetFromJsonAsync<JsonArray>(speakers))!;
        list.Select(c => ((string)c!["name"]!, (string)c["type"]!)).ShouldBe(
            [("Gäst Gunilla", "point-of-order"), ("Bo Chair-Added", "speech"), ("Gäst Gunilla", "speech")]);

        var chairs = (Guid)list[1]!["id"]!;
        using var other = host.Host.Client();
        (await Ask(other, page, null, new(), $"withdraw-{chairs}")).Status.ShouldNotBe(HttpStatusCode.OK, "another phone has no form to withdraw what is not its own");
        var mine = (Guid)list[0]!["id"]!;
        (await Ask(guest, page, cookie, new(), $"withdraw-{mine}")).Html.ShouldContain("nummer 2 på tur");
        (await board.GetFromJsonAsync<JsonArray>(speakers))!.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_speech_limit_is_checked_and_the_statistics_compare_the_speakers_with_those_present()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 4, 17, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var meeting = await MinutesTests.Create(board, "2026-04-17");
        var api = $"/api/associations/solna/meetings/{meeting}";
        (await board.PutAsJsonAsync($"{api}/speakers/limit", new { seconds = 5 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await board.PutAsJsonAsync($"{api}/speakers/limit", new { seconds = 120 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        foreach (var (name, gender) in new[] { ("Anna", "woman"), ("Bo", "man"), ("Cia", "woman"), ("Dan", "man") })
            await MinutesTests.Post(board, $"{api}/attendees", new { name, gender });

        await MinutesTests.Post(board, $"{api}/speakers", new { name = "Bo", gender = "man" });
        await MinutesTests.Post(board, $"{api}/speakers", new { name = "Anna", gender = "woman" });
        await board.PostAsync($"{api}/speakers/start", null);
        host.Clock.Advance(TimeSpan.FromSeconds(90));
        await board.PostAsync($"{api}/speakers/next", null);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await board.PostAsync($"{api}/speakers/stop", null);

        var stats = (await board.GetFromJsonAsync<JsonNode>($"{api}/statistics"))!;
        var women = stats["lines"]!.AsArray().Single(l => (string)l!["gender"]! == "woman")!;
        ((decimal)women["shareOfTime"]!, (decimal)women["shareOfPresent"]!, (decimal)women["shareOfSpeakers"]!).ShouldBe((25m, 50m, 50m));
    }

    internal static async Task<string> Code(HttpClient board, string meeting)
    {
        var response = await board.PostAsync($"/api/associations/solna/meetings/{meeting}/speaker-code", null);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["code"]!;
    }

    private static async Task<StreamReader> Follow(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The data of the next "board" event (its data lines joined), within five seconds.</summary>
    private static async Task<string> NextBoard(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        string? type = null;
        var data = new List<string>();
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ")) type = line[7..];
            else if (line.StartsWith("data: ")) data.Add(line[6..]);
            else if (line.Length == 0 && type == "board") return System.Net.WebUtility.HtmlDecode(string.Join("\n", data));
            else if (line.Length == 0) { type = null; data.Clear(); }
        }
        throw new InvalidOperationException("the stream ended");
    }

    /// <summary>Posts the phone page's form as a phone would, carrying the guest cookie once it has one.</summary>
    private static async Task<(string Html, string? Cookie, HttpStatusCode Status)> Ask(HttpClient phone, string page, string? cookie, Dictionary<string, string> fields, string handler = "request")
    {
        var get = new HttpRequestMessage(HttpMethod.Get, page);
        if (cookie is not null) get.Headers.Add("Cookie", cookie);
        var form = await phone.SendAsync(get);
        var cookies = form.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]).ToList() : [];
        if (cookie is not null) cookies.Add(cookie);
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = Forms.AntiforgeryToken(await form.Content.ReadAsStringAsync());
        var post = new HttpRequestMessage(HttpMethod.Post, page) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        var answer = await phone.SendAsync(post);
        var guest = answer.Headers.TryGetValues("Set-Cookie", out var given) ? given.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith("talare=")) : null;
        return (System.Net.WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), guest ?? cookie, answer.StatusCode);
    }
}
