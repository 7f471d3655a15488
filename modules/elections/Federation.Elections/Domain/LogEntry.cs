using Federation.Platform.Storage;

namespace Federation.Elections.Domain;

/// <summary>One line of a meeting's log: changes to the voting roll during the meeting and answers
/// recorded to nominations, with who did it and when.</summary>
internal sealed class LogEntry : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }
    public Guid? ElectionId { get; set; }
    public DateTime At { get; set; }
    public required string By { get; set; }
    public required string Text { get; set; }
}
