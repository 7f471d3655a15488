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

    /// <summary>One member's contact details and preferences; null if unknown or erased.</summary>
    Task<MemberContact?> Contact(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The current members (of a smart list, if given) with their contact details and preferences:
    /// an audience for a mailing. The caller applies the preferences for its channel.
    /// </summary>
    Task<IReadOnlyList<MemberContact>> Audience(Guid? smartListId = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SmartListCard>> SmartLists(CancellationToken cancellationToken = default);

    /// <summary>
    /// The member asked to get nothing more by <paramref name="channel"/> (one of <see cref="ContactChannels"/>),
    /// e.g. through a mail's unsubscribe link: their preference is turned off at once. False if unknown.
    /// </summary>
    Task<bool> StopContact(Guid memberId, string channel, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records in the member access log that the caller was shown these members in <paramref name="list"/> (a sign-up
    /// list, a speaker list, a voting roll): a list a module keeps itself is a read of member data like any other.
    /// One write for the whole list.
    /// </summary>
    Task Shown(IEnumerable<Guid> memberIds, string list, CancellationToken cancellationToken = default);

    /// <summary>The cards of the members a list shows, logged as one read of <paramref name="list"/>; the unknown and erased are left out.</summary>
    Task<IReadOnlyDictionary<Guid, MemberCard>> Cards(IEnumerable<Guid> memberIds, string list, CancellationToken cancellationToken = default);
}

/// <summary>A member as other modules see them. <see cref="Gender"/> is one of <see cref="Federation.Gender"/>.</summary>
public sealed record MemberCard(Guid MemberId, string MemberNumber, string Name, string Gender, string? Email, string? Phone);
