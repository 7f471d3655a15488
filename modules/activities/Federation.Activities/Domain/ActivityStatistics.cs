using Federation.Activities.Contracts;

namespace Federation.Activities.Domain;

/// <summary>The activity plan's figures from the calendars (<see cref="IActivityStatistics"/>).</summary>
internal sealed class ActivityStatistics(PriorityReport priority) : IActivityStatistics
{
    public async Task<AssociationShare> RegularInPriorityAreas(int year, CancellationToken cancellationToken = default)
    {
        var report = await priority.For(year, cancellationToken);
        return new AssociationShare(report.Associations.Count, report.RegularCount);
    }
}
