namespace Federation.Platform.Modules;

/// <summary>
/// A module's part of a member's own data download (GDPR art. 15). Membership's download asks every registered
/// export of a module the association enabled, so a member sees in one file what every module holds about them;
/// erasure travels the other way, as <c>MemberErased</c>.
/// </summary>
public interface IMemberDataExport
{
    string ModuleId { get; }

    /// <summary>What the module holds about the member of the current association, ready to serialise.</summary>
    Task<object> Export(Guid memberId, CancellationToken cancellationToken = default);
}
