using System.Text.Json;
using Federation.Host.Composition;
using Federation.Host.Messaging;
using Federation.Host.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Storage;
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
/// A database from the release before messages moved to Wolverine (every context at its migration
/// before MessagesOnWolverine) is upgraded: the old outboxes, inboxes and dead-letter list go; an
/// event committed and never delivered is handled after the upgrade by every consumer, a dead letter
/// nobody retried by the consumer that failed it only; what was delivered or retried is not handled again.
/// </summary>
public abstract class MessageTablesUpgradeTests
{
    private const string Association = "solna";
    private const string MemberJoinedType = "Federation.Membership.Contracts.MemberJoined, Federation.Membership.Contracts";
    private const string UnknownType = "Federation.Retired.Contracts.SomethingHappened, Federation.Retired.Contracts";
    private const string OnboardingConsumer = "membership.OnboardingStarter.MemberJoined"; // as the old inbox named it
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Guid Undelivered = Guid.Parse("0a9a1f4e-1111-4c3b-9d55-3f1e2a7b6c01");
    private static readonly Guid Delivered = Guid.Parse("0a9a1f4e-2222-4c3b-9d55-3f1e2a7b6c02");
    private static readonly Guid DeadLettered = Guid.Parse("0a9a1f4e-3333-4c3b-9d55-3f1e2a7b6c03");
    private static readonly Guid Retried = Guid.Parse("0a9a1f4e-4444-4c3b-9d55-3f1e2a7b6c04");

    protected abstract void Configure(WebApplicationBuilder builder);

    /// <summary>A module's table, as SQL names it.</summary>
    protected abstract string Table(string module, string table);

    /// <summary>SQL that counts the tables of that name (0 or 1).</summary>
    protected abstract string CountTablesSql(string module, string table);

    protected async Task Undelivered_events_and_dead_letters_are_handled_after_the_upgrade()
    {
        var data = Path.Combine(Path.GetTempPath(), "federation-upgrade-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await using var app = FederationApp.Create([], b =>
            {
                b.WebHost.UseUrls("http://127.0.0.1:0");
                b.Configuration["Storage:DataDirectory"] = data;
                b.Configuration["Plugins:Folder"] = RepoPaths.Plugins;
                b.Configuration["Messaging:RetryLimit"] = "2";
                b.Configuration["Messaging:RetryMinInterval"] = "00:00:00.010";
                b.Configuration["Messaging:RetryMaxInterval"] = "00:00:00.050";
                b.Logging.SetMinimumLevel(LogLevel.Warning);
                Configure(b);
            });
            // Communications came after Wolverine: it never had the old message tables (its tables are made by the upgrade).
            var modules = app.Services.GetServices<ModuleDbContextRegistration>().Where(m => m.ModuleId != "communications").ToList();

            // The release before: each context up to its last migration before MessagesOnWolverine.
            foreach (var module in modules)
            {
                using var scope = app.Services.CreateScope();
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_MessagesOnWolverine", StringComparison.Ordinal)).ToList();
                before.Count.ShouldBeLessThan(db.Database.GetMigrations().Count(), $"{module.ModuleId} retires its message tables");
                await db.GetService<IMigrator>().MigrateAsync(before[^1]);
            }

            var yesterday = DateOnly.FromDateTime(DateTime.Today.AddDays(-1));
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                foreach (var module in modules)
                {
                    (await RawSql.Scalar(db, CountTablesSql(module.ModuleId, "outbox"))).ShouldBe(1);
                    (await RawSql.Scalar(db, CountTablesSql(module.ModuleId, "inbox"))).ShouldBe(1);
                }
                foreach (var (member, number) in new[] { (Undelivered, "U-1"), (Delivered, "U-2"), (DeadLettered, "U-3"), (Retried, "U-4") })
                    (await RawSql.Execute(db, $"""
                        INSERT INTO {Table("membership", "members")} ("Id", "AssociationId", "MemberNumber", "FirstName", "LastName", "JoinedOn", "CreatedAt")
                        VALUES ('{Sql(member)}', '{Association}', '{number}', 'Ny', 'Medlem', '{yesterday:yyyy-MM-dd}', '2026-11-24 10:00:00')
                        """)).ShouldBe(1);

                // Membership's outbox: one event committed and never delivered, one delivered.
                foreach (var (member, deliveredAt) in new[] { (Undelivered, "NULL"), (Delivered, "'2026-11-24 10:00:01'") })
                    (await RawSql.Execute(db, $"""
                        INSERT INTO {Table("membership", "outbox")} ("MessageId", "Type", "Payload", "AssociationId", "CreatedAt", "DeliveredAt", "Attempts")
                        VALUES ('{Sql(Guid.NewGuid())}', '{MemberJoinedType}', '{Payload(member, yesterday)}', '{Association}', '2026-11-24 10:00:00', {deliveredAt}, 0)
                        """)).ShouldBe(1);

                // The host's dead letters: onboarding failed on one event (the course tip was handled), and on one that was retried.
                foreach (var (member, retriedAt) in new[] { (DeadLettered, "NULL"), (Retried, "'2026-11-24 11:00:00'") })
                    (await RawSql.Execute(db, $"""
                        INSERT INTO {Table("platform", "dead_letters")} ("MessageId", "Type", "Payload", "Handler", "AssociationId", "Error", "FailedAt", "RetriedAt")
                        VALUES ('{Sql(Guid.NewGuid())}', '{MemberJoinedType}', '{Payload(member, yesterday)}', '{OnboardingConsumer}', '{Association}',
                                'TimeoutException: database busy', '2026-11-24 10:05:00', {retriedAt})
                        """)).ShouldBe(1);
            }

            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAll();

            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                foreach (var module in modules)
                {
                    var context = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                    (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
                    (await RawSql.Scalar(db, CountTablesSql(module.ModuleId, "outbox"))).ShouldBe(0, $"{module.ModuleId}'s outbox is gone");
                    (await RawSql.Scalar(db, CountTablesSql(module.ModuleId, "inbox"))).ShouldBe(0, $"{module.ModuleId}'s inbox is gone");
                }
                (await RawSql.Scalar(db, CountTablesSql("platform", "dead_letters"))).ShouldBe(0);

                // Landed: the undelivered event for every consumer, the pending dead letter for the one that failed it.
                var landed = await db.UndeliveredEvents.ToListAsync();
                landed.Count.ShouldBe(2);
                landed.ShouldAllBe(e => e.Type == MemberJoinedType && e.AssociationId == Association);
                landed.Single(e => e.Consumer == null).Payload.ShouldContain(Undelivered.ToString());
                landed.Single(e => e.Consumer == OnboardingConsumer).Payload.ShouldContain(DeadLettered.ToString());

                // An event of a type this binary no longer has stays (with an error in the log); start-up goes on.
                db.UndeliveredEvents.Add(new UndeliveredEvent
                {
                    Type = UnknownType, Payload = "{}", AssociationId = Association, CreatedAt = DateTime.UtcNow,
                });
                await db.SaveChangesAsync();
            }

            await app.StartAsync();
            try
            {
                using (var scope = app.Services.CreateScope())
                    (await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().UndeliveredEvents.Select(e => e.Type).ToListAsync())
                        .ShouldBe([UnknownType], "published again at start-up, each row deleted as it was");
                await app.Services.GetRequiredService<MessageQueues>().WaitUntilQuiet(TimeSpan.FromSeconds(30));

                using var check = app.Services.CreateScope();
                var db = check.ServiceProvider.GetRequiredService<PlatformDbContext>();
                (await RawSql.Scalar(db, $"SELECT count(*) FROM {Table("membership", "members")}")).ShouldBe(4);

                // The undelivered event reaches every consumer: the course tip and the onboarding checklist.
                (await CourseTips(db, Undelivered)).ShouldBe(1);
                (await OnboardingSteps(db, Undelivered)).ShouldBeGreaterThan(0);
                // The delivered one is not handled again.
                (await CourseTips(db, Delivered)).ShouldBe(0);
                (await OnboardingSteps(db, Delivered)).ShouldBe(0);
                // The dead letter goes to onboarding only: studies had handled that event already.
                (await OnboardingSteps(db, DeadLettered)).ShouldBeGreaterThan(0);
                (await CourseTips(db, DeadLettered)).ShouldBe(0);
                // A dead letter already retried is not offered again.
                (await OnboardingSteps(db, Retried)).ShouldBe(0);
                (await CourseTips(db, Retried)).ShouldBe(0);
            }
            finally
            {
                await app.StopAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

    private Task<long> CourseTips(DbContext db, Guid member) =>
        RawSql.Scalar(db, $"SELECT count(*) FROM {Table("studies", "course_suggestions")} WHERE \"MemberId\" = '{Sql(member)}'");

    private Task<long> OnboardingSteps(DbContext db, Guid member) =>
        RawSql.Scalar(db, $"SELECT count(*) FROM {Table("membership", "onboarding")} WHERE \"MemberId\" = '{Sql(member)}'");

    /// <summary>The event as the old outbox stored it (System.Text.Json, web defaults).</summary>
    private static string Payload(Guid member, DateOnly joinedOn) =>
        JsonSerializer.Serialize(new MemberJoined(Association, member, joinedOn), Json);

    /// <summary>A Guid as EF Core stores it in SQLite (upper-case text); PostgreSQL reads it as a uuid.</summary>
    private static string Sql(Guid id) => id.ToString().ToUpperInvariant();

}

public sealed class SqliteMessageTablesUpgradeTests : MessageTablesUpgradeTests
{
    protected override void Configure(WebApplicationBuilder builder) => builder.Configuration["Storage:Provider"] = "sqlite";

    protected override string Table(string module, string table) => $"\"{module}_{table}\"";

    protected override string CountTablesSql(string module, string table) =>
        $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{module}_{table}'";

    [Fact]
    public Task An_old_sqlite_database_keeps_its_undelivered_events() => Undelivered_events_and_dead_letters_are_handled_after_the_upgrade();
}

public sealed class PostgresMessageTablesUpgradeTests : MessageTablesUpgradeTests, IAsyncLifetime
{
    private TestDatabase database = default!;

    public async Task InitializeAsync() => database = await TestPostgres.CreateDatabaseAsync("fed_messages");

    public async Task DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Configuration["Storage:Provider"] = "postgres";
        builder.Configuration["Storage:ConnectionString"] = database.ConnectionString;
    }

    protected override string Table(string module, string table) => $"\"{module}\".\"{table}\"";

    protected override string CountTablesSql(string module, string table) =>
        $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{module}' AND table_name = '{table}'";

    [Fact]
    public Task An_old_postgres_database_keeps_its_undelivered_events() => Undelivered_events_and_dead_letters_are_handled_after_the_upgrade();
}
