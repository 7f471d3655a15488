namespace Federation.Host.Tests;

/// <summary>An association sees only the modules it enabled (Sundbyberg: membership and activities).</summary>
public sealed class ModuleToggleTests : IAsyncLifetime
{
    private TestHost host = null!;
    private string sundbyberg = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        sundbyberg = await host.TokenFor("styrelse@sundbyberg.test", "sundbyberg", "board");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_disabled_modules_api_answers_404_naming_the_module()
    {
        var response = await host.Client(sundbyberg).GetAsync("/api/associations/sundbyberg/studies/suggestions");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Module 'studies' is not enabled for association 'sundbyberg'");
    }

    [Fact]
    public async Task A_disabled_modules_page_answers_404_and_leaves_the_menu()
    {
        var client = host.Client(sundbyberg);
        (await client.GetAsync("/a/sundbyberg/studies")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var home = await client.GetStringAsync("/a/sundbyberg");
        home.ShouldContain("href=\"/a/sundbyberg/members\"");
        home.ShouldNotContain("/a/sundbyberg/studies");
    }

    [Fact]
    public async Task Unknown_associations_answer_404()
    {
        var response = await host.Client(sundbyberg).GetAsync("/api/associations/atlantis/members");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Unknown association 'atlantis'");
    }

    [Fact]
    public async Task A_disabled_modules_consumer_does_nothing_for_that_associations_messages()
    {
        var solna = await host.TokenFor("styrelse@solna.test", "solna", "board");
        (await host.Client(sundbyberg).AddMember("sundbyberg", "S-1")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await host.Client(solna).AddMember("solna", "N-1")).StatusCode.ShouldBe(HttpStatusCode.Created);
        await TestHost.Eventually(async () => await host.Client(solna).SuggestionCount("solna") == 1, "Solna's studies module handles MemberJoined");

        var office = await host.TokenFor("kansli@district.test", "district", "district-office");
        (await host.Client(office).GetAsync("/api/associations/sundbyberg/studies/suggestions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await host.Deliver();
        // Sundbyberg's MemberJoined never went to the studies consumer's queue at all.
        await using var store = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(host.DataDirectory, "federation.db")}");
        await store.OpenAsync();
        await using var query = store.CreateCommand();
        query.CommandText = "select count(*) from wolverine_incoming_envelopes where received_at like 'local://studies.%'";
        Convert.ToInt32(await query.ExecuteScalarAsync()).ShouldBe(1, "only Solna's message reached studies");
    }

    [Fact]
    public async Task Only_new_members_get_the_new_member_course_tip()
    {
        var solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        (await solna.AddMember("solna", "OLD-1", joinedOn: DateOnly.FromDateTime(DateTime.Today).AddYears(-3))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await solna.AddMember("solna", "NEW-1")).StatusCode.ShouldBe(HttpStatusCode.Created);
        await TestHost.Eventually(async () => await solna.SuggestionCount("solna") == 1, "the new member's tip");
        await host.Deliver();
        (await solna.SuggestionCount("solna")).ShouldBe(1, "the member who joined three years ago got none");
    }

    [Fact]
    public async Task The_directory_lists_each_association_with_its_modules_and_plugins()
    {
        var list = await host.Client().GetFromJsonAsync<List<Web.Api.AssociationInfo>>("/api/associations");
        list!.Single(a => a.Id == "sundbyberg").Modules.ShouldBe(["activities", "membership"]);
        list.Single(a => a.Id == "solna").Plugins.ShouldBe(["solna"]);
        list.Single(a => a.IsDistrict).Id.ShouldBe("storstockholm");
    }
}
