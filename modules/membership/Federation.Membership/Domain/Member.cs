using Federation.Platform.Storage;

namespace Federation.Membership.Domain;

/// <summary>A member (medlem) of one association, keyed by the central register's member number.</summary>
internal sealed class Member : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string MemberNumber { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Email { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateTime CreatedAt { get; set; }

    public string? Phone { get; set; }
    public string? Street { get; set; }
    /// <summary>Normalised to five digits without space.</summary>
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    /// <summary>The first three digits of the postal code: the area priority areas are drawn in.</summary>
    public string? PostalArea { get; set; }
    public int? BirthYear { get; set; }
    /// <summary>As the member describes it; used only to derive <see cref="Gender"/>.</summary>
    public string? GenderSelfDescribed { get; set; }
    /// <summary>One of <see cref="Federation.Gender"/>.</summary>
    public string Gender { get; set; } = Federation.Gender.NotStated;
    public DateOnly? LeftOn { get; set; }
    /// <summary>Paid membership through this date (from the central register); before today means lapsed.</summary>
    public DateOnly? PaidUntil { get; set; }
    public bool ContactByEmail { get; set; } = true;
    public bool ContactBySms { get; set; } = true;
    public bool ContactByPost { get; set; }
    /// <summary>"Non-digital" members get paper.</summary>
    public bool NonDigital { get; set; }
    public bool DoNotCall { get; set; }
    /// <summary>Tags (free and district-wide interests/competences) stored as <c>|a|b|</c> so a tag filter is one LIKE.</summary>
    public string Tags { get; set; } = "";
    public DateTime? UpdatedAt { get; set; }
    /// <summary>Bumped by every change: an edit made from an older read is refused (optimistic concurrency).</summary>
    public int Version { get; set; } = 1;
    public DateTime? ErasedAt { get; set; }

    public string Name => $"{FirstName} {LastName}".Trim();

    public IReadOnlyList<string> TagList => MemberTags.Split(Tags);

    public MemberStatus StatusOn(DateOnly today) => MemberStatuses.Of(this, today);
}
