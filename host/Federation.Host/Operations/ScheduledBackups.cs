using System.Globalization;
using Federation.Platform.Storage;

namespace Federation.Host.Operations;

/// <summary>
/// The nightly backup (SQLite): once a minute it checks whether today's <see cref="BackupSettings.TimeOfDay"/>
/// has passed without a backup; if so it writes <c>federation-yyyyMMdd-HHmmss.zip</c> (UTC) into the backup
/// folder and prunes the folder (<see cref="Retention"/>). A server that was down at that time backs up when it
/// is back. Failures are logged as errors and tried again a minute later.
/// </summary>
public sealed class ScheduledBackups(DatabaseBackup backup, BackupSettings settings, StorageOptions storage,
    TimeProvider clock, ILogger<ScheduledBackups> logger) : BackgroundService
{
    private const string Prefix = "federation-";
    private const string Stamp = "yyyyMMdd-HHmmss";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!storage.IsSqlite || !settings.Scheduled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await RunIfDue(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The scheduled backup into {Folder} failed; it is tried again in a minute", settings.FolderIn(storage.DataDirectory));
            }
        }
    }

    /// <summary>Makes the backup if one is due now and prunes old ones; returns its file, or null if none was due.</summary>
    public async Task<string?> RunIfDue(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var folder = settings.FolderIn(storage.DataDirectory);
        var made = Backups(folder);
        if (made.Count > 0 && made.Max(b => b.At) >= LastScheduledTime(now)) return null;
        var file = Path.Combine(folder, Prefix + now.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture) + ".zip");
        await backup.Create(file, cancellationToken);
        foreach (var old in Retention.Expired([.. made.Select(b => b.At), now], now, settings.KeepDaily, settings.KeepWeekly))
            File.Delete(made.Single(b => b.At == old).File);
        logger.LogInformation("Backed up the database to {File}", file);
        return file;
    }

    /// <summary>The latest occurrence of the time of day (local time) at or before <paramref name="now"/>.</summary>
    private DateTimeOffset LastScheduledTime(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, clock.LocalTimeZone);
        var today = new DateTimeOffset(local.Date + settings.TimeOfDay.ToTimeSpan(), local.Offset);
        return today <= local ? today : today.AddDays(-1);
    }

    private static List<(string File, DateTimeOffset At)> Backups(string folder) => !Directory.Exists(folder) ? [] :
        Directory.GetFiles(folder, Prefix + "*.zip")
            .Select(f => (File: f, Ok: DateTime.TryParseExact(Path.GetFileNameWithoutExtension(f)[Prefix.Length..], Stamp,
                CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at), At: at))
            .Where(b => b.Ok)
            .Select(b => (b.File, new DateTimeOffset(b.At, TimeSpan.Zero)))
            .ToList();
}

/// <summary>Which backups go: kept are the newest of each of the last N days and of each of the last M weeks (UTC, weeks from Monday).</summary>
public static class Retention
{
    public static IReadOnlyList<DateTimeOffset> Expired(IReadOnlyCollection<DateTimeOffset> backups, DateTimeOffset now, int keepDaily, int keepWeekly)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var thisWeek = WeekStart(today);
        var keep = new HashSet<DateTimeOffset>();
        foreach (var day in backups.GroupBy(b => DateOnly.FromDateTime(b.UtcDateTime)).Where(g => g.Key > today.AddDays(-keepDaily)))
            keep.Add(day.Max());
        foreach (var week in backups.GroupBy(b => WeekStart(DateOnly.FromDateTime(b.UtcDateTime))).Where(g => g.Key > thisWeek.AddDays(-7 * keepWeekly)))
            keep.Add(week.Max());
        if (backups.Count > 0) keep.Add(backups.Max()); // never the last one, however old
        return backups.Where(b => !keep.Contains(b)).Order().ToList();
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
