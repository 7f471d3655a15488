using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>
/// One line of the plan's change log: who added, edited, removed, archived or restored a goal or target,
/// and what it said before and after. The plan is the board's commitment to the members, so changes are traceable.
/// </summary>
internal sealed class PlanChange : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid PlanId { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    /// <summary>goal or target.</summary>
    public string Subject { get; set; } = "";
    public Guid SubjectId { get; set; }
    /// <summary>added, edited, removed, archived, restored.</summary>
    public string Action { get; set; } = "";
    public string Description { get; set; } = "";
}
