using Federation.Membership.Contracts;
using System.Text.Json;
using Federation.Membership.Domain;
using Federation.Membership.Storage;
using Federation.MembershipErasureProbe;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Tests;

/// <summary>A member's own data: see, download, correct, erase — and erasure reaches other modules by message.</summary>
public sealed class PrivacyTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient me = null!;
    private HttpClient board = null!;
    private Guid memberId;

    public async Task InitializeAsync()
    {
        (host, _) = await MembershipHost.Start(withErasureProbe: true);
        board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var created = await board.PostAsJsonAsync("/api/associations/solna/members", new
        {
            memberNumber = "501", firstName = "Örjan", lastName = "Åström", email = "Orjan@Exempel.se", joinedOn = "2024-03-01",
            phone = "0705550000", street = "Hagavägen 3", postalCode = "17164", city = "Solna", gender = "man",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        memberId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await board.PostAsJsonAsync($"/api/associations/solna/members/{memberId}/notes", new { text = "Vill hjälpa till med flygblad" });
        me = host.Client(await host.TokenFor("orjan@exempel.se", "solna", "member"));
        var admin = host.Client(await host.TokenFor("ordforande@solna.test", "solna", "admin"));
        (await admin.PutAsJsonAsync($"/api/associations/solna/members/{memberId}/account", new { email = "orjan@exempel.se" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_member_sees_and_downloads_their_own_data_through_their_account_link()
    {
        var data = JsonDocument.Parse(await me.GetStringAsync("/api/associations/solna/me")).RootElement;
        data.GetProperty("register").GetProperty("firstName").GetString().ShouldBe("Örjan");
        data.GetProperty("register").GetProperty("street").GetString().ShouldBe("Hagavägen 3");
        data.GetProperty("notes")[0].GetProperty("text").GetString().ShouldBe("Vill hjälpa till med flygblad");
        data.GetProperty("accessLog").EnumerateArray().ShouldContain(e => e.GetProperty("fields").GetString() == "self");

        var stranger = host.Client(await host.TokenFor("okand@exempel.se", "solna", "member"));
        (await stranger.GetAsync("/api/associations/solna/me")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await me.GetAsync("/api/associations/solna/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "members see only themselves");
    }

    [Fact]
    public async Task A_member_corrects_their_data_and_the_change_is_logged()
    {
        var response = await me.PutAsJsonAsync("/api/associations/solna/me", new
        {
            firstName = "Örjan", lastName = "Åström", email = "orjan@exempel.se", phone = "0705550001", street = "Hagavägen 5",
            postalCode = "171 64", city = "Solna", gender = "man", contactByEmail = true, contactBySms = false, contactByPost = false, nonDigital = false,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var changed = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ToList();
        changed.ShouldBe(["phone", "street", "contact_sms"]);
        var log = await board.GetStringAsync($"/api/associations/solna/members/{memberId}/access-log");
        log.ShouldContain("phone,street,contact_sms");

        var bad = await me.PutAsJsonAsync("/api/associations/solna/me", new { firstName = "Örjan", lastName = "Åström", email = "orjan@exempel.se", phone = "x" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("”x” är inget giltigt telefonnummer");
    }

    [Fact]
    public async Task Erasure_removes_personal_data_keeps_counts_and_reaches_another_module()
    {
        var unconfirmed = await me.PostAsJsonAsync("/api/associations/solna/me/erase", new { confirm = false });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await me.PostAsJsonAsync("/api/associations/solna/me/erase", new { confirm = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stored = await host.In("solna", sp => sp.GetRequiredService<MembershipDbContext>().Members.AsNoTracking().SingleAsync(m => m.Id == memberId));
        (stored.FirstName, stored.LastName, stored.Email, stored.Phone, stored.Street, stored.PostalCode, stored.GenderSelfDescribed)
            .ShouldBe(("", "", null, null, null, null, null));
        stored.ErasedAt.ShouldNotBeNull();
        stored.JoinedOn.ShouldBe(new DateOnly(2024, 3, 1), "joined and left dates stay for anonymous counts");
        stored.LeftOn.ShouldNotBeNull();
        (await host.In("solna", sp => sp.GetRequiredService<MembershipDbContext>().Notes.CountAsync())).ShouldBe(0);
        (await board.GetAsync($"/api/associations/solna/members/{memberId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await me.GetAsync("/api/associations/solna/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the member's account went with them");

        await TestHost.Eventually(async () => await host.In("solna", sp =>
            sp.GetRequiredService<ErasureProbeDbContext>().Erased.AnyAsync(e => e.MemberId == memberId)), "the other module received MemberErased");
        host.Published.Of<MemberErased>().ShouldHaveSingleItem().MemberId.ShouldBe(memberId);
    }

    [Fact]
    public async Task The_board_can_erase_a_member_too()
    {
        var officer = host.Client(await host.TokenFor("funktionar@solna.test", "solna", "officer"));
        (await officer.PostAsync($"/api/associations/solna/members/{memberId}/erase", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await board.PostAsync($"/api/associations/solna/members/{memberId}/erase", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await board.PostAsync($"/api/associations/solna/members/{memberId}/erase", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await TestHost.Eventually(async () => await host.In("solna", sp =>
            sp.GetRequiredService<ErasureProbeDbContext>().Erased.CountAsync(e => e.MemberId == memberId)) == 1, "erased once");
    }
}
