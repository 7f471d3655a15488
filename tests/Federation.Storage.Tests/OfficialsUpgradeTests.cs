using Federation.Board.Contracts;
using Federation.Host.Composition;
using Federation.Host.Storage;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Federation.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Storage.Tests;

/// <summary>
/// The release before kept two lists of elected officials, activities' and the board's; the upgrade makes the board's the
/// one list: activities' officials move into it, each member once, and activities reads them through the board.
/// </summary>
public abstract class OfficialsUpgradeTests
{
    private static readonly Guid Councillor = Guid.Parse("5b2c3d4e-1111-4a6b-8c7d-9e0f1a2b3c4d");
    private static readonly Guid OnBoth = Guid.Parse("5b2c3d4e-2222-4a6b-8c7d-9e0f1a2b3c4d");

    protected abstract void Configure(WebApplicationBuilder builder, string dataDirectory);

    /// <summary>A module's table, as SQL names it.</summary>
    protected abstract string Table(string module, string table);

    /// <summary>A Guid as the provider stores it (SQLite: upper-case text).</summary>
    protected abstract string Id(Guid id);

    protected async Task Activities_officials_join_the_boards_list_without_loss()
    {
        var data = Path.Combine(Path.GetTempPath(), "federation-upgrade-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await using var app = FederationApp.Create([], b =>
            {
                b.WebHost.UseUrls("http://127.0.0.1:0");
                b.Configuration["Storage:DataDirectory"] = data;
                b.Configuration["Plugins:Folder"] = RepoPaths.Plugins;
                b.Logging.SetMinimumLevel(LogLevel.Warning);
                Configure(b, data);
            });
            // The release before: every module migrated, the board up to the migration before this one.
            foreach (var module in app.Services.GetServices<ModuleDbContextRegistration>())
            {
                using var scope = app.Services.CreateScope();
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                var migrations = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_OneOfficialsList", StringComparison.Ordinal)).ToList();
                await db.GetService<IMigrator>().MigrateAsync(migrations[^1]);
            }
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                foreach (var (member, name) in new[] { (Councillor, "Kim Kommunalråd"), (OnBoth, "Bo Båda") })
                    (await RawSql.Execute(db, $"INSERT INTO {Table("activities", "officials")} (\"Id\", \"AssociationId\", \"MemberId\", \"Name\") " +
                        $"VALUES ('{Id(Guid.NewGuid())}', 'solna', '{Id(member)}', '{name}')")).ShouldBe(1);
                (await RawSql.Execute(db, $"INSERT INTO {Table("board", "elected_officials")} (\"Id\", \"AssociationId\", \"MemberId\", \"Name\", \"Gender\", \"From\", \"Until\") " +
                    $"VALUES ('{Id(Guid.NewGuid())}', 'solna', '{Id(OnBoth)}', 'Bo Båda', 'man', '2024-03-01', NULL)")).ShouldBe(1);
            }

            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAll();

            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                (await RawSql.Scalar(db, $"SELECT count(*) FROM {Table("board", "elected_officials")} WHERE \"MemberId\" = '{Id(OnBoth)}'")).ShouldBe(1, "each member once");
                // Copied, the old table goes: a table no module reads would be left behind by a move to PostgreSQL.
                await Should.ThrowAsync<System.Data.Common.DbException>(() => RawSql.Scalar(db, $"SELECT count(*) FROM {Table("activities", "officials")}"));
                scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find("solna")!);
                var officials = await scope.ServiceProvider.GetRequiredService<IElectedOfficials>().On(new DateOnly(2026, 11, 26));
                officials.Select(o => (o.MemberId, o.Name)).ShouldBe([(OnBoth, "Bo Båda"), (Councillor, "Kim Kommunalråd")], ignoreOrder: true);
                (await scope.ServiceProvider.GetRequiredService<IElectedOfficials>().On(new DateOnly(2020, 1, 1)))
                    .Select(o => o.MemberId).ShouldBe([Councillor], "the old list had no dates: its officials count every year");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}

public sealed class SqliteOfficialsUpgradeTests : OfficialsUpgradeTests
{
    protected override void Configure(WebApplicationBuilder builder, string dataDirectory) => builder.Configuration["Storage:Provider"] = "sqlite";

    protected override string Table(string module, string table) => $"\"{module}_{table}\"";

    protected override string Id(Guid id) => id.ToString().ToUpperInvariant();

    [Fact]
    public Task An_old_sqlite_database_keeps_activities_officials_in_the_boards_list() => Activities_officials_join_the_boards_list_without_loss();
}

public sealed class PostgresOfficialsUpgradeTests : OfficialsUpgradeTests, IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestPostgres.CreateDatabaseAsync("fed_officials");

    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }

    protected override void Configure(WebApplicationBuilder builder, string dataDirectory)
    {
        builder.Configuration["Storage:Provider"] = "postgres";
        builder.Configuration["Storage:ConnectionString"] = database.ConnectionString;
    }

    protected override string Table(string module, string table) => $"\"{module}\".\"{table}\"";

    protected override string Id(Guid id) => id.ToString();

    [Fact]
    public Task An_old_postgres_database_keeps_activities_officials_in_the_boards_list() => Activities_officials_join_the_boards_list_without_loss();
}
