using Federation.Extensions;
using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>An activity plan (verksamhetsplan) for one year or a multi-year period.</summary>
internal sealed class Plan : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public int FirstYear { get; set; }
    public int LastYear { get; set; }
    public string Title { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public List<Pillar> Pillars { get; set; } = [];

    public bool Covers(int year) => FirstYear <= year && year <= LastYear;
}

/// <summary>A pillar (pelare) of a plan.</summary>
internal sealed class Pillar : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid PlanId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public List<Goal> Goals { get; set; } = [];
}

/// <summary>A goal (mål, målsättning) under a pillar.</summary>
internal sealed class Goal : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid PillarId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    /// <summary>Set instead of deleting when follow-ups commented on the goal or its targets hold hand-entered figures.</summary>
    public DateTime? ArchivedAt { get; set; }
    public List<Target> Targets { get; set; } = [];
}

/// <summary>A measurable target of a goal; see <see cref="TargetTemplate"/> for what Subject means.</summary>
internal sealed class Target : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid GoalId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public TargetKind Kind { get; set; }
    public decimal Quantity { get; set; }
    public TargetPeriod Period { get; set; }
    public string? Subject { get; set; }
    /// <summary>The date the target is due by, when it is not spread over its period (see <see cref="TargetTemplate.Due"/>).</summary>
    public DateOnly? DueOn { get; set; }
    /// <summary>A series (rule id) that does not count for the activity type, being a goal of its own (see <see cref="TargetTemplate.ExceptRule"/>).</summary>
    public string? ExceptRule { get; set; }
    /// <summary>Set instead of deleting when the target holds hand-entered figures, so nothing recorded is lost.</summary>
    public DateTime? ArchivedAt { get; set; }
}

/// <summary>
/// A figure entered by hand for a target without data elsewhere (media appearances, a share
/// nobody else measures): a log, never overwritten. Counts add up; a share takes the latest entry.
/// </summary>
internal sealed class TargetEntry : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid TargetId { get; set; }
    public DateOnly On { get; set; }
    public decimal Value { get; set; }
    public string? Note { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>A follow-up (uppföljning) of the plan by the board, with comments per goal.</summary>
internal sealed class FollowUp : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid PlanId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Note { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public List<FollowUpComment> Comments { get; set; } = [];
}

internal sealed class FollowUpComment : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid FollowUpId { get; set; }
    public Guid GoalId { get; set; }
    public string Text { get; set; } = "";
}
