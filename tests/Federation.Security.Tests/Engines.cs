using Microsoft.AspNetCore.Builder;

namespace Federation.Security.Tests;

/// <summary>The product's two storage engines: a case that depends on the database runs on both.</summary>
public static class Engines
{
    public static TheoryData<string> Both => new() { "sqlite", "postgres" };

    /// <summary>A started host on <paramref name="engine"/>; on PostgreSQL in a fresh database that goes with the host.</summary>
    public static async Task<EngineHost> Start(string engine)
    {
        var database = engine == "postgres" ? await TestPostgres.CreateDatabaseAsync("fed_security") : null;
        var host = await TestHost.Start(database is null ? null : (WebApplicationBuilder b) =>
        {
            b.Configuration["Storage:Provider"] = "postgres";
            b.Configuration["Storage:ConnectionString"] = database.ConnectionString;
        });
        return new EngineHost(host, database);
    }
}

public sealed class EngineHost(TestHost host, TestDatabase? database) : IAsyncDisposable
{
    public TestHost Host => host;

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
    }
}
