namespace Federation.Extensions;

/// <summary>
/// The skeleton of an association's activity plan (verksamhetsplan) for one year or a
/// multi-year period: pillars, goals and measurable targets.
/// </summary>
public interface IActivityPlanTemplate : IExtensionPoint
{
    int FirstYear { get; }

    int LastYear { get; }

    string Title { get; }

    IReadOnlyList<PillarTemplate> Pillars { get; }
}

/// <summary>A pillar (pelare), named as the plan names it.</summary>
public sealed record PillarTemplate(string Name, IReadOnlyList<GoalTemplate> Goals);

/// <summary>A goal (mål/målsättning) under a pillar, with its measurable targets.</summary>
public sealed record GoalTemplate(string Text, IReadOnlyList<TargetTemplate> Targets);

/// <summary>
/// A measurable target. <see cref="Subject"/> says what is counted: an activity type for
/// <see cref="TargetKind.ActivityCount"/> and <see cref="TargetKind.PerPerson"/>, a recurrence
/// rule id when it is prefixed <c>rule:</c>, a board function for <see cref="TargetKind.Presence"/>,
/// a measure such as <c>women-lecturers</c> for <see cref="TargetKind.Share"/> and <see cref="TargetKind.Even"/>.
/// <see cref="Due"/> is set for a target due by a date ("Inför valet 2026 ska en ny medlemsinventering göras"):
/// it is judged by that date, from the plan's start, and is red after it when unmet. <see cref="ExceptRule"/> names a
/// recurring series (rule id) that is a goal of its own and so does not count for this target's activity type:
/// Vänsterpizza is not the social activity "utöver Syninge" (seed 000).
/// </summary>
public sealed record TargetTemplate(
    string Text,
    TargetKind Kind,
    decimal Quantity,
    TargetPeriod Period,
    string? Subject = null,
    DateOnly? Due = null,
    string? ExceptRule = null)
{
    /// <summary>The constructor of contracts 1.2, kept so a plugin built against it still loads.</summary>
    public TargetTemplate(string Text, TargetKind Kind, decimal Quantity, TargetPeriod Period, string? Subject)
        : this(Text, Kind, Quantity, Period, Subject, null, null)
    {
    }
}

public enum TargetKind
{
    /// <summary>At least Quantity activities of Subject per Period.</summary>
    ActivityCount,
    /// <summary>Each person of a group at least Quantity activities of Subject per Period.</summary>
    PerPerson,
    /// <summary>A share (Quantity is a percentage) of a measure.</summary>
    Share,
    /// <summary>Something exists, e.g. a board function is filled.</summary>
    Presence,
    /// <summary>Entered by hand where no data exists yet.</summary>
    Manual,
    /// <summary>
    /// "Jämn könsfördelning": the share of women of a measure (Subject) lies within the association's even band
    /// both ways (<see cref="IEvenGenderBand"/>, default 40–60 %); Quantity is unused.
    /// </summary>
    Even,
}

public enum TargetPeriod
{
    Month,
    Semester,
    Year,
    /// <summary>The whole plan period.</summary>
    Plan,
}
