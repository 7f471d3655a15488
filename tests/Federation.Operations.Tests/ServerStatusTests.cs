using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace Federation.Operations.Tests;

/// <summary>The admin page and <c>/health</c> tell the operator about backups, the database and the disk.</summary>
public sealed class ServerStatusTests
{
    [Fact]
    public async Task The_admin_page_shows_the_last_backup_database_size_free_disk_and_messages()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await TestHost.Start(b => b.Host.UseServiceProviderFactory(new ClockOverride(clock)));
        var admin = host.Client(await host.TokenFor("admin@storstockholm.test", "district", "district-admin"));

        var page = await admin.Page("/admin");
        page.ShouldContain("Senaste säkerhetskopia");
        page.ShouldContain("ingen ännu");
        page.ShouldContain("Databasens storlek");
        page.ShouldContain("Ledigt diskutrymme");
        page.ShouldContain("Meddelanden som väntar");
        (await Health(host)).GetProperty("backup").GetProperty("status").GetString().ShouldBe("healthy", "a new server has had no time to back up");

        var file = Path.Combine(host.DataDirectory, "backups", "manual.zip");
        await host.Services.GetRequiredService<DatabaseBackup>().Create(file);
        page = await admin.Page("/admin");
        page.ShouldContain(file);
        page.ShouldNotContain("ingen ännu");
        page.ShouldMatch(@"Databasens storlek</dt><dd>[0-9,.]+ (kB|MB)</dd>");
        page.ShouldMatch(@"Ledigt diskutrymme</dt><dd>[0-9,.]+ (kB|MB|GB)</dd>");

        clock.Advance(TimeSpan.FromHours(27));
        var health = await Health(host);
        health.GetProperty("status").GetString().ShouldBe("degraded");
        health.GetProperty("backup").GetProperty("description").GetString().ShouldBe("the last backup is 27 hours old (more than 26)");
        (await admin.Page("/admin")).ShouldContain("the last backup is 27 hours old");
    }

    [Fact]
    public async Task A_postgres_dump_job_that_never_reported_makes_health_degraded()
    {
        await using var host = await TestHost.Start(b => b.Configuration["Operations:Backup:ExternalMarker"] = "/nonexistent/pg_dump.done");
        var backup = (await Health(host)).GetProperty("backup");
        backup.GetProperty("status").GetString().ShouldBe("degraded");
        backup.GetProperty("description").GetString().ShouldBe("no backup yet: /nonexistent/pg_dump.done does not exist (docs/operations.md)");
    }

    private static async Task<JsonElement> Health(TestHost host) =>
        JsonDocument.Parse(await host.Client().GetStringAsync("/health")).RootElement;
}
