using System.Text.Json;
using Xunit.Abstractions;

namespace Federation.Operations.Tests;

/// <summary>
/// <c>migrate-to</c> copies the demo district from the embedded database into an empty PostgreSQL database:
/// every table has as many rows on both sides, a second run is refused, and the server started on
/// PostgreSQL serves the copied data and goes on adding rows (the identity sequences were moved on).
/// </summary>
[Collection(RealProcesses.Name)]
public sealed class MigrateToPostgresTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase database = default!;
    private readonly string root = TestHost.NewDataDirectory();

    public async Task InitializeAsync() => database = await TestPostgres.CreateDatabaseAsync("fed_move");

    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
        TestHost.TryDelete(root);
    }

    [Fact]
    public async Task Every_row_of_the_embedded_database_is_copied_to_postgres()
    {
        var data = Path.Combine(root, "sqlite");
        var log = Path.Combine(root, "cli.log");
        var demo = await HostProcess.Cli(log, ["demo", "--data", data], timeout: TimeSpan.FromMinutes(4));
        demo.ExitCode.ShouldBe(0, demo.Log);
        var sqlite = (await DatabaseBackup.Counts(Path.Combine(data, "federation.db")))
            .Where(t => !t.Key.StartsWith("wolverine_", StringComparison.Ordinal) && !t.Key.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary();

        var moved = await HostProcess.Cli(log, ["migrate-to", "--connection-string", database.ConnectionString, "--data", data, "--json"], timeout: TimeSpan.FromMinutes(4));
        moved.ExitCode.ShouldBe(0, moved.Log);
        var reported = JsonSerializer.Deserialize<Dictionary<string, long>>(moved.Output[moved.Output.IndexOf('{')..])!;
        foreach (var (table, rows) in sqlite)
        {
            var module = table[..table.IndexOf('_')];
            var name = table[(module.Length + 1)..];
            (await database.Scalar<long>($"SELECT count(*) FROM \"{module}\".\"{name}\"")).ShouldBe(rows, table);
            reported[$"{module}.{name}"].ShouldBe(rows, table);
        }
        output.WriteLine($"{sqlite.Count} tables, {sqlite.Values.Sum()} rows copied");
        sqlite.Values.Sum().ShouldBeGreaterThan(1000, "the demo district fills every module");
        reported.Count.ShouldBe(sqlite.Count, "every table of the embedded database was copied");

        var again = await HostProcess.Cli(log, ["migrate-to", "--connection-string", database.ConnectionString, "--data", data]);
        again.ExitCode.ShouldNotBe(0);
        again.Log.ShouldContain("migrate-to copies only into an empty database");

        var postgres = new Dictionary<string, string?> { ["Storage__Provider"] = "postgres", ["Storage__ConnectionString"] = database.ConnectionString };
        var keys = Path.Combine(root, "postgres");
        var token = await HostCli.AccountWithToken(log, keys, "flytt@storstockholm.test", [("solna", "admin")], postgres);
        await using var server = HostProcess.Serve(Path.Combine(root, "serve.log"), ["--data", keys], postgres);
        await server.WaitForHealth(TimeSpan.FromSeconds(90));
        using var api = server.ApiClient(token);
        var members = await api.GetFromJsonAsync<JsonElement>("/api/associations/solna/members");
        members.GetProperty("total").GetInt32().ShouldBe(
            (int)(await database.Scalar<long>("SELECT count(*) FROM membership.members WHERE \"AssociationId\" = 'solna'")));
        members.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        using var added = await api.AddMember("solna", "FLYTT-1");
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
    }
}
