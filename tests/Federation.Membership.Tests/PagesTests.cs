using System.Text.Json;
using Federation.Membership.Calls;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Tests;

/// <summary>The pages render for the right people with the right content (forms post to the same services the API tests cover).</summary>
public sealed class PagesTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient board = null!;
    private Guid memberId;

    public async Task InitializeAsync()
    {
        (host, _) = await MembershipHost.Start();
        board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var created = await board.PostAsJsonAsync("/api/associations/solna/members", new
        {
            memberNumber = "42", firstName = "Märta", lastName = "Öst", email = "marta@exempel.se", phone = "0701234567", joinedOn = "2026-11-20",
        });
        memberId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await host.Deliver();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_member_page_shows_the_record_logs_the_read_and_offers_the_board_the_edit_form()
    {
        var html = await board.GetStringAsync($"/a/solna/members/{memberId}");
        html.ShouldContain("Märta Öst");
        html.ShouldContain("name=\"Form.PostalCode\"");
        html.ShouldContain("Kontakta via telefonsamtal eller sms", customMessage: "Solna's onboarding step is listed");
        var reads = await host.In("solna", sp => sp.GetRequiredService<MembershipDbContext>().AccessLog.CountAsync(e => e.MemberId == memberId && e.Action == "read"));
        reads.ShouldBeGreaterThanOrEqualTo(1);

        var officer = host.Client(await host.TokenFor("funktionar@solna.test", "solna", "officer"));
        (await officer.GetStringAsync($"/a/solna/members/{memberId}")).ShouldNotContain("name=\"Form.PostalCode\"");
    }

    [Fact]
    public async Task Lists_onboarding_import_and_access_log_pages_render()
    {
        (await board.GetStringAsync("/a/solna/members?status=new")).ShouldContain("Märta Öst");
        (await board.GetStringAsync("/a/solna/members?q=zzz")).ShouldContain("Ingen medlem matchar sökningen.");
        var onboarding = System.Net.WebUtility.HtmlDecode(await board.GetStringAsync("/a/solna/onboarding"));
        onboarding.ShouldContain("Märta Öst");
        // The seeds give the steps but no days: the due days are labelled a local default.
        onboarding.ShouldContain("är en lokal standard — ingen verksamhetsplan anger dagar");
        (await board.GetStringAsync("/a/solna/members/import")).ShouldContain("multipart/form-data");
        var officer = host.Client(await host.TokenFor("funktionar@solna.test", "solna", "officer"));
        (await officer.GetStringAsync("/a/solna/members")).ShouldContain("href=\"/a/solna/members/import\"");
        (await officer.GetStringAsync("/a/solna/members/import")).ShouldContain("multipart/form-data", customMessage: "the member officer keeps the register, import included");
        var imported = await officer.PostAsync("/api/associations/solna/members/import", new StringContent("member_number;first_name;last_name;joined_on\nO-1;Olle;Ek;2024-05-01\n"));
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        (await officer.GetStringAsync("/a/solna/members?q=Olle")).ShouldContain("O-1");
        (await board.Page("/a/solna/members/access-log")).ShouldContain("lade till");
    }

    [Fact]
    public async Task The_caller_page_hands_out_the_next_person_with_a_tel_link()
    {
        var assignment = await host.In("solna", sp => sp.GetRequiredService<CallQueue>().Create(new NewAssignment("Välkomstsamtal", "Hälsa välkommen", null, null, null)));
        (await board.Page($"/a/solna/calls/{assignment.Id}")).ShouldNotContain("Märta Öst", Case.Sensitive, "opening the page claims nobody");
        var html = await board.Post($"/a/solna/calls/{assignment.Id}", "take", []);
        html.ShouldContain("Märta Öst");
        html.ShouldContain("href=\"tel:0701234567\"");
        (await board.GetStringAsync("/a/solna/calls")).ShouldContain("Välkomstsamtal");
    }

    [Fact]
    public async Task A_member_sees_their_own_page_and_a_stranger_sees_an_explanation()
    {
        var me = host.Client(await host.TokenFor("marta@exempel.se", "solna", "member"));
        (await me.GetStringAsync("/a/solna/me")).ShouldContain("inte kopplat till någon medlem", Case.Sensitive, "the same email is no link");
        await host.Link("marta@exempel.se", "solna", memberId);
        (await me.GetStringAsync("/a/solna/me")).ShouldContain("value=\"Märta\"");
        var stranger = host.Client(await host.TokenFor("okand@exempel.se", "solna", "member"));
        (await stranger.GetStringAsync("/a/solna/me")).ShouldContain("inte kopplat till någon medlem");
    }
}
