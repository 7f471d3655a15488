using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Federation.Membership.Storage;

/// <summary>
/// Inserts many new rows with multi-row INSERT statements in the current transaction, bypassing the
/// change tracker (EF Core sends one INSERT per row). Table, column names and value conversions come
/// from the EF model, so it works on every provider the model does. The rows are not tracked and get no
/// association stamp: set AssociationId yourself.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Parameters per statement: far under SQLite's oldest limit (999), because Microsoft.Data.Sqlite binds
    /// each parameter by name, a look-up that grows with the statement's parameter count.
    /// </summary>
    private const int MaxParameters = 40;

    public static async Task Insert<T>(this DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties().Select(p => new Column<T>(p, p.GetRelationalTypeMapping(), Getter<T>(p))).ToList();
        var table = db.TableName<T>();
        var head = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName())))}) VALUES ";
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        // One command per statement shape: SQLite prepares its text once and only the values change.
        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * columns.Count)
                {
                    if (command is not null) await command.DisposeAsync();
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = head + string.Join(", ", Enumerable.Range(0, chunk.Length).Select(r =>
                        "(" + string.Join(", ", columns.Select((_, c) => sql.GenerateParameterName($"p{r * columns.Count + c}"))) + ")"));
                }
                command.Parameters.Clear();
                for (var r = 0; r < chunk.Length; r++)
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var column = columns[c];
                        command.Parameters.Add(column.Mapping.CreateParameter(command, sql.GenerateParameterName($"p{r * columns.Count + c}"),
                            column.Get(chunk[r]), column.Property.IsNullable));
                    }
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null) await command.DisposeAsync();
        }
    }

    /// <summary>Refreshes the planner's statistics of the entity's table (ANALYZE: SQLite and PostgreSQL alike).</summary>
    public static Task RefreshStatistics<T>(this DbContext db, CancellationToken cancellationToken) where T : class
    {
        var analyze = "ANALYZE " + db.TableName<T>();
        return db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
    }

    /// <summary>The entity's table as the provider writes it in SQL: the name comes from the model, delimited by the provider, never from input.</summary>
    public static string TableName<T>(this DbContext db) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    private sealed record Column<T>(IProperty Property, RelationalTypeMapping Mapping, Func<T, object?> Get);

    private static Func<T, object?> Getter<T>(IProperty property)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var value = Expression.Convert(Expression.Property(row, property.PropertyInfo!), typeof(object));
        return Expression.Lambda<Func<T, object?>>(value, row).Compile();
    }
}
