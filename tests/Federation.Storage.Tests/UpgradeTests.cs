using Federation.Host.Accounts;
using Federation.Host.Composition;
using Federation.Host.Storage;
using Federation.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Storage.Tests;

/// <summary>
/// A database made by the first release (only the first platform migration) is upgraded by
/// <see cref="DatabaseMigrator.MigrateAll"/>: its rows survive and the new columns work.
/// </summary>
public abstract class UpgradeTests
{
    private const string FirstMigration = "20261122000001_Initial";
    private const string Email = "veteran@solna.test";
    private static readonly Guid AccountId = Guid.Parse("4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");

    protected abstract void Configure(WebApplicationBuilder builder, string dataDirectory);

    /// <summary>Inserts one account row the way the first release's schema has it.</summary>
    protected abstract string InsertAccountSql(Guid id, string email, string name);

    protected abstract Task<IReadOnlyList<string>> Columns(DbContext db, string table);

    protected abstract string AccountsTable { get; }

    protected abstract string TokensTable { get; }

    protected async Task UpgradeKeepsRowsAndAddsColumns()
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

            // The first release: only the platform's first migration, and an account made then.
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                await db.GetService<IMigrator>().MigrateAsync(FirstMigration);
                (await db.Database.GetAppliedMigrationsAsync()).ShouldBe([FirstMigration]);
                (await Columns(db, AccountsTable)).ShouldNotContain("PreferredCulture");
                (await Columns(db, TokensTable)).ShouldNotContain("LastUsedAt");
                (await RawSql.Execute(db, InsertAccountSql(AccountId, Email, "Veteran från första versionen"))).ShouldBe(1);
                // The first release recorded the migrations it knew; this binary knows more.
                await RawSql.Execute(db, "CREATE TABLE __federation_schema (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL)");
                await RawSql.Execute(db, $"INSERT INTO __federation_schema (id, fingerprint) VALUES (1, 'platform:{FirstMigration}')");
            }
            var fingerprint = app.Services.GetRequiredService<SchemaFingerprint>();
            (await fingerprint.IsStored(CancellationToken.None)).ShouldBeFalse();

            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAll();
            (await fingerprint.IsStored(CancellationToken.None)).ShouldBeTrue("the next start needs one query");
            fingerprint.Current.ShouldContain($"platform:{FirstMigration}");
            fingerprint.Current.ShouldContain("membership:20261122000001_Members");

            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
                (await Columns(db, AccountsTable)).ShouldContain("PreferredCulture");
                (await Columns(db, TokensTable)).ShouldContain("LastUsedAt");

                var account = await db.Accounts.SingleAsync(a => a.Email == Email);
                account.Id.ShouldBe(AccountId);
                account.Name.ShouldBe("Veteran från första versionen");
                account.PreferredCulture.ShouldBeNull();
                account.PreferredCulture = "en";
                await db.SaveChangesAsync();
            }

            using (var scope = app.Services.CreateScope())
            {
                var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
                (await accounts.Find(Email))!.PreferredCulture.ShouldBe("en");

                // The old account can be given a role and a token; using the token records LastUsedAt.
                await accounts.AddOrGrant(Email, "", "solna", "member", password: null);
                var token = await accounts.CreateToken(Email);
                (await accounts.FindByToken(token))!.Id.ShouldBe(AccountId);
            }

            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                var stored = await db.ApiTokens.SingleAsync(t => t.AccountId == AccountId);
                stored.LastUsedAt.ShouldNotBeNull();
                stored.LastUsedAt!.Value.ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

}

public sealed class SqliteUpgradeTests : UpgradeTests
{
    protected override string AccountsTable => "platform_accounts";

    protected override string TokensTable => "platform_api_tokens";

    protected override void Configure(WebApplicationBuilder builder, string dataDirectory) =>
        builder.Configuration["Storage:Provider"] = "sqlite";

    protected override string InsertAccountSql(Guid id, string email, string name) =>
        $"INSERT INTO platform_accounts (Id, Email, Name, PasswordHash, CreatedAt) " +
        $"VALUES ('{id.ToString().ToUpperInvariant()}', '{email}', '{name}', NULL, '2026-11-22 10:00:00')";

    protected override async Task<IReadOnlyList<string>> Columns(DbContext db, string table) =>
        await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({table})").ToListAsync();

    [Fact]
    public Task An_old_sqlite_database_is_upgraded_with_its_rows_intact() => UpgradeKeepsRowsAndAddsColumns();
}

public sealed class PostgresUpgradeTests : UpgradeTests, IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestPostgres.CreateDatabaseAsync("fed_upgrade");

    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }

    protected override string AccountsTable => "accounts";

    protected override string TokensTable => "api_tokens";

    protected override void Configure(WebApplicationBuilder builder, string dataDirectory)
    {
        builder.Configuration["Storage:Provider"] = "postgres";
        builder.Configuration["Storage:ConnectionString"] = database.ConnectionString;
    }

    protected override string InsertAccountSql(Guid id, string email, string name) =>
        $"INSERT INTO platform.accounts (\"Id\", \"Email\", \"Name\", \"PasswordHash\", \"CreatedAt\") " +
        $"VALUES ('{id}', '{email}', '{name}', NULL, now())";

    protected override async Task<IReadOnlyList<string>> Columns(DbContext db, string table) =>
        await db.Database.SqlQuery<string>(
            $"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_schema = 'platform' AND table_name = {table}").ToListAsync();

    [Fact]
    public Task An_old_postgres_database_is_upgraded_with_its_rows_intact() => UpgradeKeepsRowsAndAddsColumns();
}
