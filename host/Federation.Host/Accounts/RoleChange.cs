namespace Federation.Host.Accounts;

/// <summary>
/// A role given or ended: whose, which, in which association (or "district"), by whom and when. Kept when the role
/// ends, so the accounts page shows who had access and who decided it. Accounts are named by id only (see <see cref="AccountNames"/>).
/// </summary>
public sealed class RoleChange
{
    public long Id { get; set; }
    public required string Scope { get; set; }
    public Guid AccountId { get; set; }
    public required string Role { get; set; }
    /// <summary>True: the role was given; false: it ended.</summary>
    public bool Given { get; set; }
    /// <summary>The account that made the change; null for the command line (the server's operator).</summary>
    public Guid? By { get; set; }
    public DateTime At { get; set; }
}

/// <summary>One line of the accounts page's history, with names.</summary>
public sealed record RoleChangeLine(DateTime At, string Whom, string Role, bool Given, string? By);
