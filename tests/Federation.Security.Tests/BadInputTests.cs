using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>Issue 15, item 15: bad input gets a 4xx with a problem-details body naming the field and the reason — never a 500 or an empty body.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient board = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        return JsonDocument.Parse(body).RootElement;
    }

    private Task<HttpResponseMessage> PostMember(string json) =>
        board.PostAsync("/api/associations/solna/members", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_huge_page_number_is_an_empty_page_not_a_crash()
    {
        var page = await board.GetAsync("/api/associations/solna/members?page=2147483647");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, await page.Content.ReadAsStringAsync());
        (await page.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("{", "JSON")]
    [InlineData("{\"memberNumber\":\"B-1\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"joinedOn\":\"2026-02-30\"}", "joinedOn")]
    [InlineData("{\"memberNumber\":\"B-1\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"joinedOn\":\"2026-02-01\",\"birthYear\":99999999999}", "birthYear")]
    [InlineData("{\"memberNumber\":\"B-1\",\"firstName\":[1],\"lastName\":\"Ek\",\"joinedOn\":\"2026-02-01\"}", "firstName")]
    public async Task Malformed_json_and_wrong_types_name_the_field(string json, string named)
    {
        var problem = await Problem(await PostMember(json), HttpStatusCode.BadRequest);
        problem.ToString().ShouldContain(named);
    }

    [Fact]
    public async Task Changing_the_language_without_a_form_token_is_refused_with_a_reason()
    {
        var response = await host.Client().PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-GB" }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_oversized_import_is_refused_with_the_limit_named()
    {
        var big = new ByteArrayContent(new byte[60 * 1024 * 1024]);
        var problem = await Problem(await board.PostAsync("/api/associations/solna/members/import", big), HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldContain("MB");
    }

    [Theory]
    [InlineData("9999-12-31", "Ada", "Inträdesdatumet 9999-12-31 är inte rimligt")]
    [InlineData("1066-10-14", "Ada", "Inträdesdatumet 1066-10-14 är inte rimligt")]
    [InlineData("2024-05-01", null, "Förnamnet är 100000 tecken; högst 100.")]
    public async Task Implausible_dates_and_endless_names_are_refused_and_nothing_is_stored(string joinedOn, string? first, string reason)
    {
        var response = await board.PostAsJsonAsync("/api/associations/solna/members",
            new { memberNumber = "P-1", firstName = first ?? new string('x', 100_000), lastName = "Ek", joinedOn });
        (await Problem(response, HttpStatusCode.BadRequest)).ToString().ShouldContain(reason);
        await host.Deliver();
        (await board.GetFromJsonAsync<JsonElement>("/api/associations/solna/members")).GetProperty("total").GetInt32().ShouldBe(0);
        host.Published.Of<Federation.Membership.Contracts.MemberJoined>().ShouldBeEmpty("no message for what was refused");
    }

    [Fact]
    public async Task A_latin1_register_keeps_its_swedish_letters()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes("member_number,first_name,last_name,joined_on\nL-1,Åsa,Öberg,2024-05-01\nL-2,Märta,Ståhl,2024-05-01\n");
        var import = await board.PostAsync("/api/associations/solna/members/import", new ByteArrayContent(latin1));
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        var csv = await board.GetStringAsync("/api/associations/solna/members/export.csv");
        csv.ShouldContain("L-1;Åsa;Öberg");
        csv.ShouldContain("L-2;Märta;Ståhl");
        csv.ShouldNotContain("\uFFFD");
    }

    [Fact]
    public async Task An_unbalanced_quote_is_reported_with_its_line_and_nothing_is_imported()
    {
        var file = "member_number,first_name,last_name,joined_on\nQ-1,Ada,Ek,2024-05-01\nQ-2,\"Bo,Ek,2024-05-01\nQ-3,Cia,Ek,2024-05-01\nQ-4,Dan,Ek,2024-05-01\n";
        var problem = await Problem(await board.PostAsync("/api/associations/solna/members/import", new StringContent(file)), HttpStatusCode.BadRequest);
        problem.ToString().ShouldContain("Rad 3");
        problem.ToString().ShouldContain("citattecken");
        (await board.GetStringAsync("/api/associations/solna/members/export.csv")).ShouldNotContain("Q-1");
    }

    [Fact]
    public async Task Unknown_ids_and_refusals_have_a_problem_body()
    {
        await Problem(await board.GetAsync($"/api/associations/solna/members/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await Problem(await host.Client().GetAsync("/api/associations/solna/members"), HttpStatusCode.Unauthorized);
    }
}
