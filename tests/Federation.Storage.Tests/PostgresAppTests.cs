using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.TestSupport;

namespace Federation.Storage.Tests;

/// <summary>The whole app on a fresh PostgreSQL database (one per test class).</summary>
public sealed class PostgresAppFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;
    public FederationServer Server { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TestPostgres.CreateDatabaseAsync("fed_app");
        Server = await FederationServer.StartAsync(b =>
        {
            b.Configuration["Storage:Provider"] = "postgres";
            b.Configuration["Storage:ConnectionString"] = Database.ConnectionString;
        });
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        if (Database is not null) await Database.DisposeAsync();
    }
}

public sealed class PostgresAppTests(PostgresAppFixture fixture) : IClassFixture<PostgresAppFixture>
{
    private FederationServer Server => fixture.Server;

    [Fact]
    public async Task Migrations_create_a_schema_for_each_module()
    {
        var schemas = new List<string>();
        foreach (var schema in new[] { "platform", "membership", "studies" })
            if (await fixture.Database.Scalar<long>($"select count(*) from information_schema.schemata where schema_name = '{schema}'") == 1)
                schemas.Add(schema);
        schemas.ShouldBe(["platform", "membership", "studies"]);
        (await fixture.Database.Scalar<long>(
            "select count(*) from information_schema.tables where table_schema = 'membership' and table_name = 'members'")).ShouldBe(1);
        (await fixture.Database.Scalar<long>(
            "select count(*) from information_schema.tables where table_schema = 'platform' and table_name = 'accounts'")).ShouldBe(1);
    }

    [Fact]
    public async Task The_app_is_healthy_on_npgsql()
    {
        using var client = Server.CreateClient();
        JsonElement health = default;
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            var response = await client.GetAsync("health");
            health = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (health.GetProperty("status").GetString() == "healthy") break;
        }
        health.GetProperty("status").GetString().ShouldBe("healthy", health.ToString());
        health.GetProperty("database").GetProperty("status").GetString().ShouldBe("healthy");
        health.GetProperty("database").GetProperty("provider").GetString().ShouldBe("postgres");
    }

    [Fact]
    public async Task A_member_added_through_the_api_reaches_the_studies_module_through_the_outbox()
    {
        await Server.AddAccount("board@solna.pg.test", "Styrelsen Solna", "solna", "board");
        using var api = Server.CreateApiClient(await Server.CreateToken("board@solna.pg.test"));

        var created = await api.PostAsJsonAsync("api/associations/solna/members", new
        {
            memberNumber = "PG-1", firstName = "Greta", lastName = "Postgres", email = "greta@exempel.se",
            joinedOn = DateOnly.FromDateTime(DateTime.Today),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var memberId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        JsonElement suggestions = default;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            suggestions = await api.GetFromJsonAsync<JsonElement>("api/associations/solna/studies/suggestions");
            // The page reads its items and its total one after the other: wait until both have seen the event.
            if (suggestions.GetProperty("items").GetArrayLength() >= 1) break;
        }
        suggestions.GetProperty("total").GetInt32().ShouldBe(1, suggestions.ToString());
        suggestions.GetProperty("items")[0].GetProperty("memberId").GetGuid().ShouldBe(memberId);

        var members = await api.GetFromJsonAsync<JsonElement>("api/associations/solna/members?q=Postgres");
        members.GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task An_associations_token_cannot_read_another_associations_data()
    {
        await Server.AddAccount("admin@solna.pg.test", "Ordförande Solna", "solna", "admin");
        using var api = Server.CreateApiClient(await Server.CreateToken("admin@solna.pg.test"));

        (await api.GetAsync("api/associations/solna/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("api/associations/alvsjo-hagersten/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.GetAsync("api/associations/alvsjo-hagersten/studies/suggestions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
