namespace Federation.Membership.Contracts;

/// <summary>
/// What other modules may read of the member register of the current association: enough to
/// show a name, pick a person, and compute the statistics the seeds ask for. Implemented by the
/// membership module; where membership is off, resolve it as optional and expect nothing.
/// Reads through it are logged in the member access log like any other.
/// </summary>
public interface IMemberDirectory
{
    Task<MemberCard?> Find(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>Members whose name or member number matches, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<MemberCard>> Search(string query, int max, CancellationToken cancellationToken = default);

    /// <summary>Current members per <see cref="Gender"/> category (all categories present, zero if none).</summary>
    Task<IReadOnlyDictionary<string, int>> CountByGender(CancellationToken cancellationToken = default);
}

/// <summary>A member as other modules see them. <see cref="Gender"/> is one of <see cref="Federation.Gender"/>.</summary>
public sealed record MemberCard(Guid MemberId, string MemberNumber, string Name, string Gender, string? Email, string? Phone);
