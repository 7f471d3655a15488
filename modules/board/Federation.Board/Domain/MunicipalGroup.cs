using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>
/// A municipal group (kommunal grupp, e.g. "KF-gruppen i Solna"): the association's elected representatives in the
/// municipality, chosen from the board's one list of elected officials. Its rules of procedure (arbetsordning) are a
/// text or a link with the day they last changed: who was told before that day must be told again.
/// </summary>
internal sealed class MunicipalGroup : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? RulesText { get; set; }
    public string? RulesLink { get; set; }
    public DateOnly? RulesChangedOn { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>An elected official in a municipal group, from the day they were added.</summary>
internal sealed class MunicipalGroupMember : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid GroupId { get; set; }
    public Guid MemberId { get; set; }
    public string Name { get; set; } = "";
    public DateOnly From { get; set; }
}

/// <summary>A function of the group held by one of its members, one holder at a time, as the board's functions are held.</summary>
internal sealed class MunicipalGroupFunction : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid GroupId { get; set; }
    public string Function { get; set; } = "";
    public Guid MemberId { get; set; }
    public DateOnly From { get; set; }
}

/// <summary>
/// The last day an elected official was told of the group's rules of procedure ("Alla förtroendevalda ska informeras om
/// den kommunala gruppens arbetsordning", Solna 2024). It counts while the rules have not changed since.
/// </summary>
internal sealed class RulesBriefing : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid GroupId { get; set; }
    public Guid MemberId { get; set; }
    public DateOnly InformedOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }
}

/// <summary>A meeting of the group with its theme (<see cref="MunicipalGroupThemes"/>), e.g. initiative writing each semester (Solna 2020).</summary>
internal sealed class MunicipalGroupMeeting : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid GroupId { get; set; }
    public DateOnly Date { get; set; }
    public string Theme { get; set; } = "";
    public string? Note { get; set; }
}

/// <summary>One line of a group's change log: who changed what and when, as the plan's changes are logged.</summary>
internal sealed class MunicipalGroupChange : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid GroupId { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string Description { get; set; } = "";
}

/// <summary>The themes a group's meeting is chosen from, so "initiative writing" is counted exactly, never guessed from a title.</summary>
internal static class MunicipalGroupThemes
{
    /// <summary>"Kommunala gruppen har möten med tema initiativskrivande varje termin" (Solna 2020).</summary>
    public const string InitiativeWriting = "initiative-writing";

    public static readonly IReadOnlyList<(string Id, string Swedish, string English)> All =
    [
        (InitiativeWriting, "Initiativskrivande", "Initiative writing"),
        ("meeting-procedure", "Mötesformalia och roterande uppdrag", "Meeting procedure and rotating tasks"),
        ("budget", "Budgetarbete", "Budget work"),
        ("other", "Annat", "Other"),
    ];

    public static string Name(string id) => All.FirstOrDefault(t => t.Id == id).Swedish ?? id;
}
