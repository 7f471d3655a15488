using Federation.Host.Composition;
using Federation.Platform.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Operations.Tests;

/// <summary>
/// A database as the release before this one left it: every module's context migrated up to its last
/// migration before <c>MessagesOnWolverine</c> (communications did not exist yet), with an account and
/// members written in that release's schema.
/// </summary>
public static class PreviousRelease
{
    public const string MemberPrefix = "OLD-";
    public const int Members = 3;

    /// <summary>Makes the database in <paramref name="dataDirectory"/>; returns each module's last applied migration.</summary>
    public static async Task<Dictionary<string, string>> Create(string dataDirectory)
    {
        var applied = new Dictionary<string, string>();
        await using (var app = FederationApp.Create([], b =>
        {
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Configuration["Storage:DataDirectory"] = dataDirectory;
            b.Configuration["Plugins:Folder"] = RepoPaths.Plugins;
            b.Logging.SetMinimumLevel(LogLevel.Warning);
        }))
        {
            foreach (var module in app.Services.GetServices<ModuleDbContextRegistration>().Where(m => m.ModuleId != "communications"))
            {
                using var scope = app.Services.CreateScope();
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_MessagesOnWolverine", StringComparison.Ordinal)).ToList();
                await db.GetService<IMigrator>().MigrateAsync(before[^1]);
                applied[module.ModuleId] = before[^1];
            }
        }
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "federation.db")};Pooling=False");
        await connection.OpenAsync();
        await Execute(connection, """
            INSERT INTO platform_accounts (Id, Email, Name, PasswordHash, CreatedAt)
            VALUES ('4F1C2D3E-5A6B-4C7D-8E9F-0A1B2C3D4E5F', 'veteran@solna.test', 'Veteran', NULL, '2026-11-22 10:00:00')
            """);
        for (var i = 1; i <= Members; i++)
            await Execute(connection, $"""
                INSERT INTO membership_members (Id, AssociationId, MemberNumber, FirstName, LastName, JoinedOn, CreatedAt)
                VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', 'solna', '{MemberPrefix}{i}', 'Gammal', 'Medlem{i}', '2020-01-01', '2026-11-22 10:00:00')
                """);
        return applied;
    }

    public static async Task Execute(string dataDirectory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "federation.db")};Pooling=False");
        await connection.OpenAsync();
        await Execute(connection, sql);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One value read from the database in <paramref name="dataDirectory"/>.</summary>
    public static async Task<object?> Scalar(string dataDirectory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "federation.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Every table, index and trigger with its SQL: the schema, to compare before and after.</summary>
    public static async Task<List<string>> Schema(string dataDirectory)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "federation.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name";
        var schema = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) schema.Add(reader.GetString(0));
        return schema;
    }
}
