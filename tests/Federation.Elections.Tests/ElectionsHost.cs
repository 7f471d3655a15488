using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.Elections.Storage;
using Federation.Platform.Tenancy;
using Federation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Elections.Tests;

/// <summary>The real host with helpers for driving an election through the API as Solna's board.</summary>
internal sealed class ElectionsHost(TestHost host, HttpClient board, string association) : IAsyncDisposable
{
    public TestHost Host => host;
    public HttpClient Board => board;
    public string Api { get; } = $"/api/associations/{association}/elections";

    public static async Task<ElectionsHost> Start(string association = "solna")
    {
        var host = await TestHost.Start();
        var token = await host.TokenFor($"styrelse@{association}.test", association, "board");
        return new ElectionsHost(host, host.Client(token), association);
    }

    /// <summary>A scope in the association with the module's DbContext, to inspect stored rows.</summary>
    public (AsyncServiceScope Scope, ElectionsDbContext Db) Storage()
    {
        var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IAssociationDirectory>();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(directory.Find(association)!);
        return (scope, scope.ServiceProvider.GetRequiredService<ElectionsDbContext>());
    }

    public async Task<JsonElement> Post(string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await board.PostAsJsonAsync(Api + path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> Put(string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await board.PutAsJsonAsync(Api + path, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> Get(string path)
    {
        var response = await board.GetAsync(Api + path);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<Guid> Meeting(string title = "Årsmöte 2026", DateTimeOffset? deadline = null) =>
        (await Post("/meetings", new { title, heldOn = "2026-03-14", nominationDeadline = deadline }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public async Task<Guid> Election(Guid meeting, object body) =>
        (await Post($"/meetings/{meeting}/elections", body, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>Candidates nominated from the floor, accepting at once; returns their ids.</summary>
    public async Task<List<Guid>> Candidates(Guid election, params (string Name, string Gender)[] people)
    {
        var ids = new List<Guid>();
        foreach (var (name, gender) in people)
            ids.Add((await Post($"/{election}/floor-nominations", new { name, gender, accepted = true }, HttpStatusCode.Created)).GetProperty("id").GetGuid());
        return ids;
    }

    /// <summary><paramref name="count"/> new voters entered by hand on the meeting's roll and checked in; returns their ids.</summary>
    public async Task<List<Guid>> Roll(Guid meeting, int count, string prefix = "Röstande")
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add((await Post($"/meetings/{meeting}/roll", new { name = $"{prefix} {ids.Count + 1}", present = true }, HttpStatusCode.Created)).GetProperty("id").GetGuid());
        return ids;
    }

    public async Task<Guid> MeetingOf(Guid election) => (await Get($"/{election}")).GetProperty("election").GetProperty("meetingId").GetGuid();

    /// <summary>Codes for <paramref name="count"/> new voters put on the roll and checked in for the purpose.</summary>
    public async Task<List<string>> Codes(Guid election, int count)
    {
        var voters = await Roll(await MeetingOf(election), count);
        return await CodesFor(election, voters);
    }

    public async Task<List<string>> CodesFor(Guid election, IEnumerable<Guid>? voterIds = null) =>
        (await Post($"/{election}/codes", new { voterIds })).GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();

    /// <summary>Posts a page's form as a browser would: the antiforgery token and cookie from a GET of the page first.</summary>
    public static async Task<string> FormPost(HttpClient client, string url, string handler, Dictionary<string, string> fields, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var form = await client.GetAsync(url);
        var html = await form.Content.ReadAsStringAsync();
        form.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var response = await client.SendAsync(post);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return WebUtility.HtmlDecode(text);
    }

    public Task<JsonElement> Vote(Guid election, string code, params int[] preferences) =>
        Post($"/{election}/ballots", new { code, preferences }, HttpStatusCode.NoContent);

    public async ValueTask DisposeAsync() => await host.DisposeAsync();
}
