using System.Text.Json;
using Federation.Membership.Contracts;
using Federation.Membership.Domain;
using Federation.Membership.Import;

namespace Federation.Membership.Tests;

/// <summary>The register through the HTTP API: search and filters, detail, edits, the access log and export.</summary>
public sealed class RegisterApiTests : IAsyncLifetime
{
    private TestHost host = null!;
    private TestClock clock = null!;
    private HttpClient board = null!;
    private HttpClient officer = null!;

    private const string Register =
        "member_number,first_name,last_name,email,phone,postal_code,joined_on,left_on,paid_until,tags\n" +
        "1,Anna,Ek,anna@exempel.se,0701,17145,2010-01-01,,2026-12-31,\"studier,flygblad\"\n" +
        "2,Bertil,Al,bertil@exempel.se,0702222222,16951,2026-10-01,,,studier\n" +
        "3,Cecilia,Björk,cecilia@exempel.se,0703333333,17145,2015-01-01,2026-06-30,,\n" +
        "4,David,Gran,david@exempel.se,0704444444,17145,2012-01-01,,2025-12-31,\n";

    public async Task InitializeAsync()
    {
        (host, clock) = await MembershipHost.Start();
        board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        officer = host.Client(await host.TokenFor("funktionar@solna.test", "solna", "officer"));
        var result = await host.In("solna", sp => sp.GetRequiredService<MemberImport>().Run(MembershipHost.Csv(Register), false));
        result.Rejected.Select(r => r.Line).ShouldBe([2], "member 1 has a too short phone number");
        await host.In("solna", sp => sp.GetRequiredService<MemberImport>().Run(MembershipHost.Csv(Register.Replace(",0701,", ",0701111111,")), false));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private sealed record Summary(Guid Id, string MemberNumber, string FirstName, string Status, string? PostalArea);

    private sealed record PageOf(List<Summary> Items, int Total);

    private async Task<List<string>> Numbers(string query) =>
        (await officer.GetFromJsonAsync<PageOf>($"/api/associations/solna/members?{query}"))!.Items.Select(i => i.MemberNumber).ToList();

    private async Task<Guid> IdOf(string number) =>
        (await officer.GetFromJsonAsync<PageOf>($"/api/associations/solna/members?q={number}"))!.Items.Single().Id;

    [Fact]
    public async Task Status_is_computed_from_the_dates()
    {
        (await Numbers("status=active")).ShouldBe(["1"]);
        (await Numbers("status=new")).ShouldBe(["2"]);
        (await Numbers("status=left")).ShouldBe(["3"]);
        (await Numbers("status=lapsed")).ShouldBe(["4"]);
        clock.Advance(TimeSpan.FromDays(90));
        (await Numbers("status=active")).ShouldBe(["2"], "anna's paid period ran out; bertil is no longer new");
        (await Numbers("status=lapsed")).ShouldBe(["1", "4"]);
    }

    [Fact]
    public async Task Search_and_filters_combine()
    {
        (await Numbers("q=ann")).ShouldBe(["1"]);
        (await Numbers("q=björk")).ShouldBe(["3"]);
        (await Numbers("tag=studier")).ShouldBe(["2", "1"]);
        (await Numbers("tag=studier&postalArea=171")).ShouldBe(["1"]);
        (await Numbers("joinedFrom=2012-01-01&joinedTo=2016-01-01")).ShouldBe(["3", "4"]);
        (await Numbers("notCalledThisYear=true&neverAttended=true&page=1&pageSize=2")).ShouldBe(["2", "3"]);
        var bad = await officer.GetAsync("/api/associations/solna/members?status=sleeping");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Unknown status 'sleeping'");
    }

    [Fact]
    public async Task Reads_and_changes_are_in_the_access_log_which_only_the_board_sees()
    {
        var anna = await IdOf("1");
        (await officer.GetAsync($"/api/associations/solna/members/{anna}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var edit = await board.PutAsJsonAsync($"/api/associations/solna/members/{anna}", new
        {
            memberNumber = "1", firstName = "Anna", lastName = "Ek-Lund", email = "anna@exempel.se", joinedOn = "2010-01-01",
            phone = "0701111111", postalCode = "171 45", paidUntil = "2026-12-31", tags = new[] { "studier", "flygblad" },
        });
        (await edit.Content.ReadAsStringAsync()).ShouldContain("\"last_name\"");
        await host.In("solna", sp => sp.GetRequiredService<IMemberDirectory>().Find(anna));

        (await officer.GetAsync($"/api/associations/solna/members/{anna}/access-log")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var log = JsonDocument.Parse(await board.GetStringAsync($"/api/associations/solna/members/{anna}/access-log")).RootElement.GetProperty("items")
            .EnumerateArray().Select(e => (Action: e.GetProperty("action").GetString(), Actor: e.GetProperty("actor").GetString(), Fields: e.GetProperty("fields").GetString()))
            .ToList();
        log.ShouldContain(("read", "funktionar <funktionar@solna.test>", null));
        log.ShouldContain(("change", "styrelse <styrelse@solna.test>", "last_name"));
        log.ShouldContain(("read", "system", "directory"));
        log.Count(e => e.Action == "import").ShouldBe(0, "member 1 was created by the second import");
        log.ShouldContain(e => e.Action == "create");
    }

    [Fact]
    public async Task Invalid_edits_are_refused_naming_the_problem_and_change_nothing()
    {
        var anna = await IdOf("1");
        var response = await board.PutAsJsonAsync($"/api/associations/solna/members/{anna}", new
        {
            memberNumber = "1", firstName = "Anna", lastName = "Ek", email = "anna@", joinedOn = "2010-01-01", postalCode = "ABC",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("”anna@” är ingen giltig e-postadress");
        body.ShouldContain("”ABC” är inget svenskt postnummer");
        (await officer.GetStringAsync($"/api/associations/solna/members/{anna}")).ShouldContain("anna@exempel.se");
    }

    [Fact]
    public async Task Export_gives_the_filtered_list_as_csv_that_imports_back_unchanged_and_is_logged()
    {
        (await officer.GetAsync("/api/associations/solna/members/export.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var response = await board.GetAsync("/api/associations/solna/members/export.csv?tag=studier");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble).ShouldBeTrue("Swedish Excel reads a file without a BOM as Latin-1");
        var csv = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("member_number;first_name;last_name;email;phone");
        lines.Skip(1).Select(l => l.Split(';')[0]).ShouldBe(["2", "1"]);
        lines.ShouldContain(l => l.StartsWith("1;Anna;Ek;anna@exempel.se;0701111111;;171 45;"));

        var again = await host.In("solna", sp => sp.GetRequiredService<MemberImport>().Run(new MemoryStream(bytes), false));
        (again.Unchanged, again.Updated, again.Rejected.Count).ShouldBe((2, 0, 0));
        var log = await board.GetStringAsync("/api/associations/solna/members/access-log?pageSize=200");
        JsonDocument.Parse(log).RootElement.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("action").GetString() == "export").ShouldBe(2);
    }

    [Fact]
    public async Task Another_association_sees_none_of_it()
    {
        var anna = await IdOf("1");
        var alvsjo = host.Client(await host.TokenFor("styrelse@alvsjo.test", "alvsjo-hagersten", "board"));
        (await alvsjo.GetAsync($"/api/associations/solna/members/{anna}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await alvsjo.GetAsync($"/api/associations/alvsjo-hagersten/members/{anna}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alvsjo.GetFromJsonAsync<PageOf>("/api/associations/alvsjo-hagersten/members?q=Anna"))!.Total.ShouldBe(0);
        (await host.In("alvsjo-hagersten", sp => sp.GetRequiredService<IMemberDirectory>().Find(anna))).ShouldBeNull();
        var district = host.Client(await host.TokenFor("kansli@district.test", "district", "district-office"));
        (await district.GetFromJsonAsync<PageOf>("/api/associations/solna/members"))!.Total.ShouldBe(4, "district roles see every association");
    }

    [Fact]
    public async Task The_directory_counts_current_members_by_gender_category()
    {
        var counts = await host.In("solna", sp => sp.GetRequiredService<IMemberDirectory>().CountByGender());
        counts.Keys.ShouldBe(Gender.All, ignoreOrder: true);
        counts[Gender.NotStated].ShouldBe(3, "cecilia has left");
        GenderCategories.Categorize("Kvinna").ShouldBe(Gender.Woman);
        GenderCategories.Categorize(" man ").ShouldBe(Gender.Man);
        GenderCategories.Categorize("vill ej ange").ShouldBe(Gender.NotStated);
    }
}
