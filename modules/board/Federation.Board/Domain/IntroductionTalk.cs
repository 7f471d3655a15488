using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>
/// A new elected official's introduction talk with a group leader: "Nya förtroendevalda bokas in på
/// introduktionssamtal med gruppledare" (Solna 2024), "Gruppledare träffar alla nya förtroendevalda för
/// introduktionssamtal" (Solna 2020). Booked for a day with someone; held when it took place.
/// </summary>
internal sealed class IntroductionTalk : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public DateOnly BookedFor { get; set; }

    /// <summary>The group leader who holds the talk, by name.</summary>
    public string GroupLeader { get; set; } = "";

    public DateOnly? HeldOn { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}
