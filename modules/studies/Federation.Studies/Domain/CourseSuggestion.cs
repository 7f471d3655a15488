using Federation.Platform.Storage;

namespace Federation.Studies.Domain;

/// <summary>
/// A course tipped to a member. New members are pointed to the district's courses for new
/// members ("Uppmana nya medlemmar att gå distriktets kvälls- och helgkurser för nya medlemmar", Solna 2020).
/// </summary>
internal sealed class CourseSuggestion : IAssociationOwned
{
    public const string NewMemberCourse = "new-member-course";

    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public required string Course { get; set; }
    public DateTime SuggestedAt { get; set; }
}
