using Federation.Platform.Storage;

namespace Federation.Membership.Onboarding;

/// <summary>One step of a new member's onboarding checklist, due a number of days after joining.</summary>
internal sealed class OnboardingTask : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public required string StepId { get; set; }
    public required string NameSv { get; set; }
    public required string NameEn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime? DoneAt { get; set; }
    public string? DoneBy { get; set; }
}
