namespace Federation.Activities.Contracts;

/// <summary>
/// The activities module's figures for the district's activity plan, computed from the calendars, never typed in:
/// "minst hälften av geografiska såväl som branschföreningar har regelbundna aktiviteter i områden som
/// partiföreningarna prioriterat" (seed 003). Implemented by the activities module; resolve it optionally.
/// </summary>
public interface IActivityStatistics
{
    /// <summary>
    /// The district's associations with activities on, and how many of them held regular activities in their priority
    /// areas in <paramref name="year"/> (the priority report's reading of "regular").
    /// </summary>
    Task<AssociationShare> RegularInPriorityAreas(int year, CancellationToken cancellationToken = default);
}

/// <summary>Of <see cref="Associations"/> associations, <see cref="Done"/> meet the rule.</summary>
public sealed record AssociationShare(int Associations, int Done)
{
    /// <summary>0–1; null when there is no association to count.</summary>
    public double? Share => Associations == 0 ? null : (double)Done / Associations;
}
