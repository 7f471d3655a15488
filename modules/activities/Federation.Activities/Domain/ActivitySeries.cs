using Federation.Platform.Storage;

namespace Federation.Activities.Domain;

/// <summary>
/// A recurring activity: its occurrences are <see cref="Activity"/> rows generated from
/// <see cref="Rule"/> (a plugin's rule id or a built-in pattern) between <see cref="From"/> and <see cref="Until"/>.
/// Solna 2020: "Skapa ett årshjul för att hålla koll på återkommande aktiviteter."
/// </summary>
internal sealed class ActivitySeries : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public string Rule { get; set; } = "";

    /// <summary>Built-in patterns: the weekday (weekly, n-th weekday).</summary>
    public DayOfWeek? Weekday { get; set; }

    /// <summary>Built-in "monthly on a day".</summary>
    public int? DayOfMonth { get; set; }

    /// <summary>Built-in "n-th weekday": 1–4, or -1 for the last.</summary>
    public int? Ordinal { get; set; }

    public string Type { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Place { get; set; }
    public string? Area { get; set; }
    public TimeOnly StartTime { get; set; }
    public int DurationMinutes { get; set; }
    public DateOnly From { get; set; }
    public DateOnly Until { get; set; }
    public Visibility Visibility { get; set; } = Visibility.Members;
    public int? MaxParticipants { get; set; }
    public bool Childcare { get; set; }
    public string? Campaign { get; set; }
    public DateTime CreatedAt { get; set; }
}
