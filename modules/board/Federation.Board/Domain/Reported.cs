using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>An activity the activities module reported as held (ActivityHeld); counted targets read these.</summary>
internal sealed class HeldActivity : IAssociationOwned
{
    public Guid ActivityId { get; set; }
    public string AssociationId { get; set; } = "";
    public string Type { get; set; } = "";
    public DateOnly Date { get; set; }
    public string? SeriesRuleId { get; set; }
    public bool Childcare { get; set; }
    /// <summary>Activities' correction count: a message with a lower one is older news.</summary>
    public int Revision { get; set; } = 1;
}

/// <summary>One member's attendance at one activity (AttendanceRecorded); per-person targets read these.</summary>
internal sealed class Attendance : IAssociationOwned
{
    public Guid ActivityId { get; set; }
    public Guid MemberId { get; set; }
    public string AssociationId { get; set; } = "";
    public string Type { get; set; } = "";
    public DateOnly Date { get; set; }
    public bool Attended { get; set; }
    public int Revision { get; set; } = 1;
}
