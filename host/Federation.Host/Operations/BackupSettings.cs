namespace Federation.Host.Operations;

/// <summary>
/// <c>Operations:Backup</c>: where the nightly backups go, when they are made and how many are kept;
/// for PostgreSQL, the operator's own dump job and how old its last dump may be.
/// </summary>
public sealed class BackupSettings
{
    /// <summary>The backup folder; relative paths are relative to the data folder. Best on another disk.</summary>
    public string Folder { get; set; } = "backups";

    /// <summary>Whether the server makes the nightly backups itself (SQLite only).</summary>
    public bool Scheduled { get; set; } = true;

    /// <summary>Local time of day of the nightly backup.</summary>
    public TimeOnly TimeOfDay { get; set; } = new(3, 0);

    /// <summary>The newest backup of each of this many last days is kept.</summary>
    public int KeepDaily { get; set; } = 7;

    /// <summary>The newest backup of each of this many last weeks (Monday to Sunday) is kept as well.</summary>
    public int KeepWeekly { get; set; } = 5;

    /// <summary>
    /// PostgreSQL: a file the operator's <c>pg_dump</c> job touches after each good dump (docs/operations.md).
    /// Its time is the last backup the admin page and <c>/health</c> show.
    /// </summary>
    public string? ExternalMarker { get; set; }

    /// <summary>A last backup older than this makes <c>/health</c> report degraded.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(26);

    public string FolderIn(string dataDirectory) => Path.GetFullPath(Folder, dataDirectory);
}
