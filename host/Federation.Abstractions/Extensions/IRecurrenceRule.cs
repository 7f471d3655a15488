namespace Federation.Extensions;

/// <summary>A rule that says on which dates a recurring activity falls.</summary>
public interface IRecurrenceRule : IExtensionPoint
{
    /// <summary>Stable id, e.g. <c>member-activity-15th</c>.</summary>
    string Id { get; }

    LocalizedText Name { get; }

    /// <summary>The activity type the rule schedules (see <see cref="ActivityTypes"/>).</summary>
    string ActivityType { get; }

    /// <summary>Local start time suggested for each occurrence (Europe/Stockholm).</summary>
    TimeOnly DefaultStart { get; }

    TimeSpan DefaultDuration { get; }

    /// <summary>The dates in [from, to], in order.</summary>
    IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to);
}
