using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>Issue 15, item 3: two edits from the same read no longer revert each other; the second gets 409 with what differs.</summary>
public sealed class LostUpdateTests
{
    [Fact]
    public async Task The_second_edit_from_the_same_read_is_refused_with_the_fields_that_differ()
    {
        await using var host = await TestHost.Start();
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var created = await board.PostAsJsonAsync("/api/associations/solna/members", new
        {
            memberNumber = "V-1", firstName = "Vera", lastName = "Version", joinedOn = "2024-01-01", phone = "0701000000", city = "Solna",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var read = await board.GetAsync($"/api/associations/solna/members/{id}");
        var etag = read.Headers.ETag!.Tag;
        etag.ShouldBe("\"1\"");

        Task<HttpResponseMessage> Edit(string phone, string city)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/associations/solna/members/{id}")
            {
                Content = JsonContent.Create(new { memberNumber = "V-1", firstName = "Vera", lastName = "Version", joinedOn = "2024-01-01", phone, city }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", etag);
            return board.SendAsync(request);
        }

        (await Edit("0702000000", "Solna")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await Edit("0701000000", "Sundbyberg");
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("currentVersion").GetInt32().ShouldBe(2);
        problem.GetProperty("differing").EnumerateArray().Select(f => f.GetString()).ShouldBe(["phone", "city"], ignoreOrder: true);

        var stored = await board.GetFromJsonAsync<JsonElement>($"/api/associations/solna/members/{id}");
        stored.GetProperty("register").GetProperty("phone").GetString().ShouldBe("0702000000", "the first edit stays");
        stored.GetProperty("register").GetProperty("city").GetString().ShouldBe("Solna");
        stored.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Of_ten_simultaneous_edits_from_one_read_exactly_one_is_saved()
    {
        await using var host = await TestHost.Start();
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var created = await board.PostAsJsonAsync("/api/associations/solna/members", new { memberNumber = "V-2", firstName = "Vera", lastName = "Samtidig", joinedOn = "2024-01-01" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/associations/solna/members/{id}")
            {
                Content = JsonContent.Create(new { memberNumber = "V-2", firstName = "Vera", lastName = "Samtidig", joinedOn = "2024-01-01", city = $"Stad {i}" }),
            };
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            return board.SendAsync(request);
        }));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(9);
    }
}
