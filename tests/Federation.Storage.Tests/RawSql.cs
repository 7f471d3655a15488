using Microsoft.EntityFrameworkCore;

namespace Federation.Storage.Tests;

/// <summary>Plain SQL on a context's connection, for building the older schemas the upgrade tests start from.</summary>
internal static class RawSql
{
    public static async Task<int> Execute(DbContext db, string sql)
    {
        await using var command = await Command(db, sql);
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> Scalar(DbContext db, string sql)
    {
        await using var command = await Command(db, sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<System.Data.Common.DbCommand> Command(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
