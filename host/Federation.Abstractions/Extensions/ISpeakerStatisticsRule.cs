namespace Federation.Extensions;

/// <summary>At which meetings an association keeps speaker statistics (talarstatistik).</summary>
public interface ISpeakerStatisticsRule : IExtensionPoint
{
    /// <summary>Meeting types (ids from <see cref="ActivityTypes"/>) that must have speaker statistics in <paramref name="year"/>.</summary>
    IReadOnlyList<string> MeetingTypesRequiringStatistics(int year);
}
