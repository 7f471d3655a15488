using Federation.Activities.Contracts;
using Federation.Platform.Storage;

namespace Federation.Activities.Domain;

/// <summary>A member's place at an activity: confirmed or on the waiting list, and afterwards their attendance.</summary>
internal sealed class SignUp : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid ActivityId { get; set; }
    public Guid MemberId { get; set; }
    public SignUpStatus Status { get; set; }

    /// <summary>Order of signing up; the waiting list is promoted in this order.</summary>
    public int Position { get; set; }

    public DateTime SignedUpAt { get; set; }
    public AttendanceOutcome? Attendance { get; set; }
}

internal enum SignUpStatus
{
    Confirmed,
    Waiting,
    Cancelled,
}
