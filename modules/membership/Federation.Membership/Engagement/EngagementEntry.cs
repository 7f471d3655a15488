using Federation.Platform.Storage;

namespace Federation.Membership.Engagement;

/// <summary>A line of a member's history, filled by messages from other modules (activities, board).</summary>
internal sealed class EngagementEntry : IAssociationOwned
{
    public const string Activity = "activity";
    public const string BoardRole = "board-role";
    /// <summary>A role's end that arrived before the role; not shown.</summary>
    public const string BoardRoleEnd = "board-role-end";
    /// <summary>An activity the member did not attend, or whose attendance was corrected away; kept for its revision, not shown.</summary>
    public const string ActivityMissed = "activity-missed";

    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public required string Kind { get; set; }
    /// <summary>The activity type or the board role.</summary>
    public required string Detail { get; set; }
    public Guid? SourceId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }
    /// <summary>For activities: the revision of the attendance this entry reflects (an older message never overwrites it).</summary>
    public int Revision { get; set; } = 1;
}
