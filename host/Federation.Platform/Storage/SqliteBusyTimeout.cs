using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Federation.Platform.Storage;

/// <summary>
/// Lets SQLite itself wait for a lock held by another connection. Microsoft.Data.Sqlite retries a
/// busy database in 150 ms sleeps; SQLite's own handler retries within a millisecond or two, which
/// is what keeps a message handler from waiting a whole step for another handler's short commit.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
