using Federation.Platform.Storage;

namespace Federation.Studies.Domain;

/// <summary>A study circle (studiecirkel) run with ABF: a leader, participants and a plan of sessions.</summary>
internal sealed class StudyCircle : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string Title { get; set; }
    public required string Leader { get; set; }
    public string? Description { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A participant besides the leader. ABF counts participants from the year they turn 13, so the birth year is
/// kept; a participant need not be a member (<see cref="MemberId"/> links one who is).
/// </summary>
internal sealed class CircleParticipant : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid CircleId { get; set; }
    public required string Name { get; set; }
    public int BirthYear { get; set; }
    public Guid? MemberId { get; set; }
}

/// <summary>A planned or held session; its study hours are its minutes divided by 45.</summary>
internal sealed class CircleSession : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid CircleId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public decimal StudyHours { get; set; }
}

/// <summary>A participant was present at a session.</summary>
internal sealed class CircleAttendance : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid SessionId { get; set; }
    public Guid ParticipantId { get; set; }
}

/// <summary>
/// A board role as the board module announced it (<c>BoardRoleAssigned</c>, <c>BoardRoleEnded</c>): the
/// compliance view reads who holds which role from here, never from anything typed into studies.
/// </summary>
internal sealed class HeldRole : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public required string Role { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }
    public DateOnly? EndedOn { get; set; }

    public bool HeldOn(DateOnly day) => From <= day && (Until is null || day <= Until) && (EndedOn is null || day < EndedOn);
}
