using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>Issue 15, item 7: drafts are for the board — a protocol until it is approved, the annual report always.</summary>
public sealed class DraftAccessTests
{
    private const string Api = "/api/associations/solna";

    [Fact]
    public async Task A_member_reads_a_protocol_only_once_approved_and_never_the_annual_report_draft()
    {
        await using var host = await TestHost.Start();
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var member = host.Client(await host.TokenFor("medlem@solna.test", "solna", "member"));
        var created = await board.PostAsJsonAsync($"{Api}/meetings", new { kind = "board-meeting", title = "Styrelsemöte", date = "2026-03-10" });
        var meeting = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var item = await board.PostAsJsonAsync($"{Api}/meetings/{meeting}/items", new { title = "Ekonomi" });
        var itemId = (await item.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await board.PutAsJsonAsync($"{Api}/meetings/{meeting}/items/{itemId}/minutes", new { text = "Kassören rapporterade underskott." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var draft = await member.GetAsync($"{Api}/meetings/{meeting}/protocol");
        draft.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await draft.Content.ReadAsStringAsync()).ShouldNotContain("underskott");
        (await board.GetStringAsync($"{Api}/meetings/{meeting}/protocol")).ShouldContain("underskott");

        (await board.PostAsJsonAsync($"{Api}/meetings/{meeting}/approve", new { chair = "Anna", adjusters = new[] { "Bo" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.GetStringAsync($"{Api}/meetings/{meeting}/protocol")).ShouldContain("underskott");

        (await member.GetAsync($"{Api}/plans/2026/report/print")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await board.GetAsync($"{Api}/plans/2026/report/print")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
