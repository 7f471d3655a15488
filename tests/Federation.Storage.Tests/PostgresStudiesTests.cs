using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Storage.Tests;

/// <summary>Studies on PostgreSQL: concurrent sign-ups queue on the occasion's row lock, across associations.</summary>
public sealed class PostgresStudiesTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    [Fact]
    public async Task Fifty_concurrent_sign_ups_from_two_associations_give_five_places_and_a_waiting_list_without_gaps()
    {
        var server = fixture.Server;
        await server.AddAccount("kurs@storstockholm.pg.test", "Kurser distriktet", "storstockholm", "officer");
        await server.AddAccount("admin@solna.pg.test", "Ordförande Solna", "solna", "admin");
        await server.AddAccount("admin@alvsjo-hagersten.pg.test", "Ordförande Älvsjö-Hägersten", "alvsjo-hagersten", "admin");
        using var district = server.CreateApiClient(await server.CreateToken("kurs@storstockholm.pg.test"));
        var course = await (await district.PostAsJsonAsync("api/associations/storstockholm/studies/courses",
            new { title = "Ledarskapsutbildningen", kind = "leadership", audience = "chairs-and-group-leaders" })).Content.ReadFromJsonAsync<JsonElement>();
        var start = DateTime.Today.AddDays(30).AddHours(18);
        var occasion = await district.PostAsJsonAsync($"api/associations/storstockholm/studies/courses/{course.GetProperty("id").GetGuid()}/occasions",
            new { capacity = 5, sessions = new[] { new { start, end = start.AddHours(3) } } });
        occasion.StatusCode.ShouldBe(HttpStatusCode.Created, await occasion.Content.ReadAsStringAsync());
        var occasionId = (await occasion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var bookings = new List<Func<Task<HttpResponseMessage>>>();
        foreach (var association in new[] { "solna", "alvsjo-hagersten" })
        {
            var api = server.CreateApiClient(await server.CreateToken($"admin@{association}.pg.test"));
            for (var i = 0; i < 25; i++)
            {
                var member = await api.PostAsJsonAsync($"api/associations/{association}/members",
                    new { memberNumber = $"PGS-{association}-{i}", firstName = "Test", lastName = "Kurs", joinedOn = new DateOnly(2020, 1, 1) });
                var id = (await member.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                bookings.Add(() => api.PostAsJsonAsync($"api/associations/{association}/studies/occasions/{occasionId}/signups", new { memberId = id }));
            }
        }

        var responses = await Task.WhenAll(bookings.Select(book => book()));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var roster = (await district.GetFromJsonAsync<JsonElement>($"api/associations/storstockholm/studies/occasions/{occasionId}/signups")).EnumerateArray().ToList();
        roster.Count.ShouldBe(50);
        roster.Select(r => r.GetProperty("position").GetInt32()).Order().ShouldBe(Enumerable.Range(1, 50));
        roster.Count(r => r.GetProperty("status").GetString() == "confirmed").ShouldBe(5);
        roster.Where(r => r.GetProperty("status").GetString() == "waiting").Select(r => r.GetProperty("waitingNumber").GetInt32()).Order()
            .ShouldBe(Enumerable.Range(1, 45));
    }
}
