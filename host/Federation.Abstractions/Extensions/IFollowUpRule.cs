namespace Federation.Extensions;

/// <summary>How often an association's board must follow up (följa upp) its activity plan.</summary>
public interface IFollowUpRule : IExtensionPoint
{
    /// <summary>Follow-ups the board must record in <paramref name="year"/>, spread evenly over the year.</summary>
    int FollowUpsPerYear(int year);
}
