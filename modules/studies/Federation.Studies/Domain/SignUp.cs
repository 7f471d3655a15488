using Federation.Platform.Storage;

namespace Federation.Studies.Domain;

/// <summary>
/// A member's sign-up for an occasion. It belongs to the member's association, also for a district course: the
/// member signs up where they are a member, and only that association's organisers (and the course's owner) see it.
/// Confirmed or waiting is not stored: the first <see cref="Occasion.Capacity"/> active sign-ups by position have a
/// place, the rest wait in position order, so a cancellation moves the next one up without writing their row.
/// </summary>
internal sealed class CourseSignUp : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid OccasionId { get; set; }
    public Guid MemberId { get; set; }

    /// <summary>The member's name when they signed up, for the course owner's lists across associations.</summary>
    public required string Name { get; set; }

    public int Position { get; set; }
    public DateTime SignedUpAt { get; set; }
    public DateTime? CancelledAt { get; set; }
}

/// <summary>A signed-up member was present at a session. Kept by the occasion's owner; names the member's association.</summary>
internal sealed class SessionAttendance : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid OccasionId { get; set; }
    public Guid SessionId { get; set; }
    public Guid SignUpId { get; set; }
    public required string MemberAssociationId { get; set; }
    public Guid MemberId { get; set; }
}

/// <summary>
/// A member completed a course: recorded by the organiser, or derived when they attended every session of an
/// occasion. Kept by the course's owner (the district for a district course); names the member's association.
/// </summary>
internal sealed class Completion : IAssociationOwned
{
    public const string ByOrganiser = "organiser";
    public const string ByAttendance = "attendance";

    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string MemberAssociationId { get; set; }
    public Guid MemberId { get; set; }
    public required string Name { get; set; }
    public Guid CourseId { get; set; }
    public required string CourseKind { get; set; }
    public Guid? OccasionId { get; set; }
    public DateOnly CompletedOn { get; set; }
    public required string Source { get; set; }
}
