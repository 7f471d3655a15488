namespace Federation.Extensions;

/// <summary>
/// A check the district runs over every association's board work (the district's plugin supplies
/// them). Asked in the district's name; each check looks at one association's facts.
/// </summary>
public interface IComplianceCheck : IExtensionPoint
{
    /// <summary>Stable id, e.g. <c>antiracist-officer</c>.</summary>
    string Id { get; }

    /// <summary>What the check asks, as the district view's column heading.</summary>
    LocalizedText Name { get; }

    bool Complies(BoardWorkFacts facts);
}

/// <summary>
/// What the board-work module knows of one association for a year, as of a day: the board functions
/// filled, whether a plan covers the year, follow-ups recorded and due by now, and how many of the
/// meetings held had speaker statistics.
/// </summary>
public sealed record BoardWorkFacts(
    string AssociationId,
    int Year,
    DateOnly AsOf,
    IReadOnlySet<string> FunctionsFilled,
    bool HasPlan,
    int FollowUps,
    int FollowUpsDueByNow,
    int MeetingsHeld,
    int MeetingsWithSpeakerStatistics);
