using Federation.Platform.Storage;

namespace Federation.Studies.Domain;

/// <summary>
/// A course in the catalogue. Owned by an association or by the district (<see cref="AssociationId"/> is then the
/// district's id): a district course is open to members of every association that has studies on.
/// </summary>
internal sealed class Course : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string Title { get; set; }

    /// <summary>One of <see cref="CourseKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="Audiences"/>; shown to members, not enforced (the register's gender is self-described).</summary>
    public required string Audience { get; set; }

    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>An occasion (tillfälle) of a course: one or more sessions at a place, with a capacity and lecturers.</summary>
internal sealed class Occasion : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid CourseId { get; set; }
    public string? Place { get; set; }

    /// <summary>Null: no limit.</summary>
    public int? Capacity { get; set; }

    /// <summary>The first session's start, for ordering and "this year".</summary>
    public DateTime StartUtc { get; set; }

    public DateTime EndUtc { get; set; }
    public bool Cancelled { get; set; }

    /// <summary>
    /// The last sign-up position handed out. Incrementing it is the first write of a sign-up's transaction, so
    /// concurrent sign-ups for one occasion queue on this row and get consecutive positions (both databases).
    /// </summary>
    public int LastPosition { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>One meeting of an occasion; attendance is taken per session.</summary>
internal sealed class OccasionSession : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid OccasionId { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
}

/// <summary>
/// A lecturer at an occasion. Invited lecturers count toward "Minst hälften av våra inbjudna föreläsare ska vara
/// kvinnor" (Solna 2020, 2024); the association's own people leading a session do not.
/// </summary>
internal sealed class Lecturer : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid OccasionId { get; set; }
    public required string Name { get; set; }

    /// <summary>One of <see cref="Federation.Gender"/>.</summary>
    public required string Gender { get; set; }

    public bool Invited { get; set; }
}

/// <summary>Who a course is meant for (ids; names live in the UI).</summary>
internal static class Audiences
{
    public const string AllMembers = "all-members";
    public const string NewMembers = "new-members";
    public const string BoardMembers = "board-members";
    public const string ChairsAndGroupLeaders = "chairs-and-group-leaders";
    public const string NominationCommittee = "nomination-committee";
    public const string ElectedOfficials = "elected-officials";
    public const string WomenAndNonBinary = "women-and-non-binary";
    public const string Men = "men";

    public static readonly IReadOnlyList<string> All =
        [AllMembers, NewMembers, BoardMembers, ChairsAndGroupLeaders, NominationCommittee, ElectedOfficials, WomenAndNonBinary, Men];
}
