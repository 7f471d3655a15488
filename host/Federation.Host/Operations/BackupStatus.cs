using Federation.Platform.Storage;

namespace Federation.Host.Operations;

/// <summary>
/// When the last backup was made, for the admin page and <c>/health</c>: a marker file whose time is the
/// last good backup. On SQLite the product writes it (<c>last-backup</c> in the data folder, holding the
/// backup's path) after every backup it makes; on PostgreSQL the operator's <c>pg_dump</c> job touches the
/// file named by <see cref="BackupSettings.ExternalMarker"/>.
/// </summary>
public sealed class BackupStatus(BackupSettings settings, StorageOptions storage, TimeProvider clock)
{
    private string Marker => settings.ExternalMarker is { Length: > 0 } external
        ? Path.GetFullPath(external, storage.DataDirectory)
        : Path.Combine(storage.DataDirectory, "last-backup");

    public void Record(string file, DateTimeOffset at)
    {
        File.WriteAllText(Marker, file);
        File.SetLastWriteTimeUtc(Marker, at.UtcDateTime);
    }

    /// <summary>The last backup (null if none is known) and whether it is recent enough.</summary>
    public LastBackup Last()
    {
        if (!File.Exists(Marker))
            return new(null, null, settings.ExternalMarker is null, settings.ExternalMarker is null
                ? "no backup yet" : $"no backup yet: {Marker} does not exist (docs/operations.md)");
        var at = new DateTimeOffset(File.GetLastWriteTimeUtc(Marker), TimeSpan.Zero);
        var where = settings.ExternalMarker is null ? File.ReadAllText(Marker).Trim() : null;
        var age = clock.GetUtcNow() - at;
        return age <= settings.MaxAge
            ? new(at, where, true, $"last backup {at:yyyy-MM-dd HH:mm} UTC")
            : new(at, where, false, $"the last backup is {age.TotalHours:0} hours old (more than {settings.MaxAge.TotalHours:0})");
    }
}

/// <param name="File">The backup's path, when the product made it.</param>
/// <param name="Recent">False when the last backup is older than allowed, or a configured PostgreSQL backup never reported.</param>
public sealed record LastBackup(DateTimeOffset? At, string? File, bool Recent, string Description);
