using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>
/// Issue 15, item 11: a page on another site made a signed-in board member's browser post to the API and
/// erase a member. The API changes nothing on the session cookie alone.
/// </summary>
public sealed class CrossSiteTests
{
    [Fact]
    public async Task A_cookie_alone_cannot_change_anything_through_the_api_but_still_follows_the_pages_links()
    {
        await using var server = await FederationServer.StartAsync();
        await server.AddAccount("styrelse@solna.test", "Styrelsen", "solna", "board", "ett riktigt långt lösenord");
        var api = server.CreateApiClient(await server.CreateToken("styrelse@solna.test"));
        var created = await api.PostAsJsonAsync("api/associations/solna/members", new { memberNumber = "X-1", firstName = "Kvar", lastName = "Kvarsson", joinedOn = "2024-01-01" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var cookies = new CookieContainer();
        (await FormSignIn.Post(server, "styrelse@solna.test", "ett riktigt långt lösenord", cookies: cookies)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var browser = server.CreateClient(allowAutoRedirect: false, cookies);

        // What the other site's form does: a plain POST that the browser sends with the session cookie.
        var forged = await browser.PostAsync($"api/associations/solna/members/{id}/erase", new FormUrlEncodedContent([]));
        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("antiforgery");
        (await api.GetAsync($"api/associations/solna/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the member is still there");

        // The pages' own links into the API (a CSV export) still work with the cookie.
        (await browser.GetAsync("api/associations/solna/members/export.csv")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A script with its token changes things as before.
        (await api.PostAsync($"api/associations/solna/members/{id}/erase", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
