using Federation.Platform.Storage;

namespace Federation.Communications.Letters;

/// <summary>A printed member letter for one semester ("2026 HT"): its text and who it was printed for.</summary>
internal sealed class LetterRun : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string Semester { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>The <c>{{aktiviteter}}</c> block as it was when the run was made, so a reprint says the same.</summary>
    public string? ActivitiesBlock { get; set; }
    public int Recipients { get; set; }
    /// <summary>The members it was printed for, as <c>id,id,…</c>: part of each one's data export, removed by erasure.</summary>
    public string MemberIds { get; set; } = "";
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
