namespace Federation.Membership.Contracts;

/// <summary>
/// How a member may be reached and where their letters go: what communications needs to address
/// one person. The preferences are the member's own (<c>Kontakt via e-post/sms/post</c>);
/// <see cref="NonDigital"/> members get paper.
/// </summary>
public sealed record MemberContact(
    Guid MemberId,
    string FirstName,
    string Name,
    string? Email,
    string? Phone,
    string? Street,
    string? PostalCode,
    string? City,
    bool ContactByEmail,
    bool ContactBySms,
    bool ContactByPost,
    bool NonDigital);

/// <summary>A saved member filter ("smart list") another module may use as an audience.</summary>
public sealed record SmartListCard(Guid Id, string Name);

/// <summary>The contact channels a member can stop (<see cref="IMemberDirectory.StopContact"/>).</summary>
public static class ContactChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
}
