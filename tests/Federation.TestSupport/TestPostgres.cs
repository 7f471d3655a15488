using Npgsql;

namespace Federation.TestSupport;

/// <summary>
/// A real PostgreSQL for tests: FEDERATION_TEST_POSTGRES holds an Npgsql connection string with the right
/// to create databases (.ci/test starts a server on 127.0.0.1 and exports it). Each caller gets a database
/// of its own with a random name, dropped on dispose. Without the variable or a reachable server this
/// throws, so the tests that need it fail rather than pass without having run.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "FEDERATION_TEST_POSTGRES";

    public const string Hint = "run .ci/test, which installs postgresql and exports FEDERATION_TEST_POSTGRES";

    /// <summary>The server's connection string from <see cref="Variable"/>.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: no PostgreSQL to test against ({Hint}).");

    /// <summary>Creates a fresh, empty database; dispose drops it.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(string prefix = "fedtest")
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 13)].ToLowerInvariant();
        try
        {
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL at {server.Host}:{server.Port} (from {Variable}) is unreachable or refused CREATE DATABASE: {e.Message} ({Hint}).", e);
        }
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        return new TestDatabase(name, database.ConnectionString, server.ConnectionString);
    }
}

/// <summary>A database of one's own on the test server; dispose drops it (closing any connection still open).</summary>
public sealed class TestDatabase(string name, string connectionString, string serverConnectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>Connection string for this database.</summary>
    public string ConnectionString { get; } = connectionString;

    public async Task<T?> Scalar<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T));
    }

    public async Task<int> Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
