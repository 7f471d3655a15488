using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>
/// Issue 15, item 2: a household shares one email address. The account is the member an admin linked it
/// to — never whoever has the same address — so /me shows and erases that person only.
/// </summary>
public sealed class MemberLinkTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient board = null!;
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        admin = host.Client(await host.TokenFor("ordforande@solna.test", "solna", "admin"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<Guid> Member(string number, string first, string joinedOn)
    {
        var created = await board.PostAsJsonAsync("/api/associations/solna/members", new
        {
            memberNumber = number, firstName = first, lastName = "Hushåll", email = "familjen@exempel.se", joinedOn,
            street = $"{first}s gata 1", phone = number == "H-1" ? "0701111111" : "0702222222",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_shared_email_links_no_one_and_the_linked_member_alone_is_shown_and_erased()
    {
        var elder = await Member("H-1", "Äldre", "2019-01-01");
        var younger = await Member("H-2", "Yngre", "2024-01-01");
        var account = host.Client(await host.TokenFor("familjen@exempel.se", "solna", "member"));

        // The same address is no link: before, /me showed the member who joined first, whoever signed in.
        (await account.GetAsync("/api/associations/solna/me")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await account.PostAsJsonAsync("/api/associations/solna/me/erase", new { confirm = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Only the association's admin links; a board member may not, a member may not link themselves.
        (await board.PutAsJsonAsync($"/api/associations/solna/members/{younger}/account", new { email = "familjen@exempel.se" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync($"/api/associations/solna/members/{younger}/account", new { email = "ingen@exempel.se" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PutAsJsonAsync($"/api/associations/solna/members/{younger}/account", new { email = "familjen@exempel.se" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var me = JsonDocument.Parse(await account.GetStringAsync("/api/associations/solna/me")).RootElement.GetProperty("register");
        (me.GetProperty("firstName").GetString(), me.GetProperty("phone").GetString()).ShouldBe(("Yngre", "0702222222"));

        (await account.PostAsJsonAsync("/api/associations/solna/me/erase", new { confirm = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await board.GetAsync($"/api/associations/solna/members/{younger}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the linked member is erased");
        var other = JsonDocument.Parse(await board.GetStringAsync($"/api/associations/solna/members/{elder}")).RootElement;
        other.GetProperty("register").GetProperty("firstName").GetString().ShouldBe("Äldre", "the other person in the household is untouched");
        (await account.GetAsync("/api/associations/solna/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the erased member's account is gone");
    }
}
