using Microsoft.AspNetCore.Builder;

namespace Federation.Operations.Tests;

/// <summary>The nightly backup on a clock the test moves: when it is due, and which backups retention keeps.</summary>
public sealed class ScheduledBackupTests : IAsyncDisposable
{
    private readonly string backups = TestHost.NewDataDirectory();
    private readonly ManualClock clock = new(Local(2026, 11, 2, 2, 0)); // a Monday, before the night's 03:00
    private TestHost host = default!;

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute)
    {
        var time = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(time, TimeZoneInfo.Local.GetUtcOffset(time));
    }

    private async Task<ScheduledBackups> Start()
    {
        host = await TestHost.Start(b =>
        {
            b.Host.UseServiceProviderFactory(new ClockOverride(clock));
            b.Configuration["Operations:Backup:Folder"] = backups;
            b.Configuration["Operations:Backup:Scheduled"] = "false"; // the test runs it, on its clock
            b.Configuration["Operations:Backup:TimeOfDay"] = "03:00";
            b.Configuration["Operations:Backup:KeepDaily"] = "3";
            b.Configuration["Operations:Backup:KeepWeekly"] = "2";
        });
        return host.Services.GetRequiredService<ScheduledBackups>();
    }

    [Fact]
    public async Task A_backup_is_made_once_a_night_and_old_ones_are_pruned()
    {
        var scheduled = await Start();
        File.WriteAllText(Path.Combine(backups, "notes.txt"), "the operator's own file");
        File.WriteAllText(Path.Combine(backups, "pre-upgrade-20261001-120000.zip"), "kept: not a nightly backup");

        (await scheduled.RunIfDue()).ShouldNotBeNull("no backup yet: the first one is made at once");
        clock.Advance(TimeSpan.FromMinutes(30));
        (await scheduled.RunIfDue()).ShouldBeNull("02:30: last night's backup time has a backup");
        clock.Now = Local(2026, 11, 2, 3, 1);
        var nightly = await scheduled.RunIfDue();
        nightly.ShouldBe(Path.Combine(backups, Name(clock.Now)));
        DatabaseBackup.ReadManifest(nightly!).Tables.ShouldContainKey("membership_members");
        clock.Now = Local(2026, 11, 2, 12, 0);
        (await scheduled.RunIfDue()).ShouldBeNull("noon: tonight's backup is not due yet");

        // A month of nights (one missed: the server was down, and backs up when it is back in the morning).
        for (var day = Local(2026, 11, 3, 3, 1); day <= Local(2026, 12, 2, 3, 1); day = day.AddDays(1))
        {
            clock.Now = day.Day == 29 ? day.AddHours(6) : day;
            (await scheduled.RunIfDue()).ShouldNotBeNull(clock.Now.ToString("O"));
        }

        // Kept on Wednesday 2 December, 3 days and 2 weeks: the last three days, and the newest of last week (Sunday 29th).
        Directory.GetFiles(backups).Select(Path.GetFileName).Order().ShouldBe(new[]
        {
            Name(Local(2026, 11, 29, 9, 1)), Name(Local(2026, 11, 30, 3, 1)), Name(Local(2026, 12, 1, 3, 1)), Name(Local(2026, 12, 2, 3, 1)),
            "notes.txt", "pre-upgrade-20261001-120000.zip",
        }.Order());
        host.Services.GetRequiredService<BackupStatus>().Last().File.ShouldBe(Path.Combine(backups, Name(Local(2026, 12, 2, 3, 1))));
    }

    [Fact]
    public void Retention_never_deletes_the_last_backup_however_old()
    {
        var old = new DateTimeOffset(2025, 1, 1, 3, 0, 0, TimeSpan.Zero);
        Retention.Expired([old], old.AddYears(1), keepDaily: 7, keepWeekly: 4).ShouldBeEmpty();
        Retention.Expired([old, old.AddDays(1)], old.AddYears(1), keepDaily: 7, keepWeekly: 4).ShouldBe([old]);
        Retention.Expired([old, old.AddHours(1), old.AddHours(2)], old.AddHours(3), keepDaily: 1, keepWeekly: 0).ShouldBe([old, old.AddHours(1)]);
    }

    private static string Name(DateTimeOffset at) => $"federation-{at.UtcDateTime:yyyyMMdd-HHmmss}.zip";

    public async ValueTask DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
        TestHost.TryDelete(backups);
    }
}
