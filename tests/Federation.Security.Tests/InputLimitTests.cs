using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>
/// Issue 15, items 17 and 18: an election's inputs have sane limits, enforced in the domain and shown in the OpenAPI
/// document; a member of another association is refused as an official, with a problem-details body naming the field.
/// </summary>
public sealed class InputLimitTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient board = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_million_seats_or_a_novel_for_a_name_is_refused_naming_the_field_and_the_limits_are_in_the_openapi_document()
    {
        const string api = "/api/associations/solna/elections";
        var meeting = await Created.Id(board.PostAsJsonAsync($"{api}/meetings", new { title = "Årsmöte", heldOn = "2027-03-14" }));

        await Refused(board.PostAsJsonAsync($"{api}/meetings/{meeting}/elections", new { position = "board", seats = 1_000_000 }), "seats");
        await Refused(board.PostAsJsonAsync($"{api}/meetings", new { title = new string('Å', 100_000), heldOn = "2027-03-14" }), "title");
        var election = await Created.Id(board.PostAsJsonAsync($"{api}/meetings/{meeting}/elections", new { position = "board", seats = 5 }));
        await Refused(board.PostAsJsonAsync($"{api}/{election}/floor-nominations", new { name = new string('x', 100_000), gender = "woman" }), "name");
        await Refused(board.PostAsJsonAsync($"{api}/meetings/{meeting}/roll", new { name = new string('x', 5_000), present = true }), "name");
        (await board.GetStringAsync($"{api}/{election}")).ShouldNotContain("xxxxxxxxxx", Case.Sensitive, "nothing refused was stored");

        var document = JsonDocument.Parse(await board.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("components").GetProperty("schemas");
        var newElection = document.GetProperty("NewElection").GetProperty("properties");
        newElection.GetProperty("seats").GetProperty("maximum").ToString().ShouldBe("100");
        newElection.GetProperty("title").GetProperty("maxLength").GetInt32().ShouldBe(200);
        document.GetProperty("Nomination").GetProperty("properties").GetProperty("motivation").GetProperty("maxLength").GetInt32().ShouldBe(4000);
    }

    [Fact]
    public async Task A_member_of_another_association_is_refused_as_an_official()
    {
        var other = host.Client(await host.TokenFor("styrelse@alvsjo-hagersten.test", "alvsjo-hagersten", "board"));
        var foreign = await other.NewMemberId("alvsjo-hagersten", "F-1", "Främling", "woman");
        var own = await board.NewMemberId("solna", "S-1", "Egen", "woman");

        await Refused(board.PostAsJsonAsync("/api/associations/solna/board/roles", new { memberId = foreign, name = "Främling", role = "treasurer", from = "2026-03-14" }), "memberId");
        await Refused(board.PostAsJsonAsync("/api/associations/solna/board/elected-officials", new { memberId = foreign, name = "Främling" }), "memberId");

        (await board.PostAsJsonAsync("/api/associations/solna/board/roles", new { memberId = own, role = "treasurer", from = "2026-03-14" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created, "the association's own member is taken");
        (await board.PostAsJsonAsync("/api/associations/solna/board/elected-officials", new { memberId = own })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await board.GetStringAsync("/api/associations/solna/board")).ShouldNotContain(foreign.ToString());
    }

    private static async Task Refused(Task<HttpResponseMessage> request, string field)
    {
        var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(text);
    }
}
