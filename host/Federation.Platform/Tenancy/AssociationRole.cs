using System.Security.Claims;

namespace Federation.Platform.Tenancy;

/// <summary>
/// What a person may do in one association. Ordered: each role includes the ones below it.
/// Officers (e.g. callers, a member officer outside the board) work with member data;
/// the board runs the association; an admin also manages its accounts.
/// </summary>
public enum AssociationRole
{
    Member = 1,
    Officer = 2,
    Board = 3,
    Admin = 4,
}

/// <summary>District-wide roles: the district office reads and works in every association; the admin also runs the instance.</summary>
public static class DistrictRole
{
    public const string Office = "district-office";
    public const string Admin = "district-admin";
}

/// <summary>Roles travel as claims <c>federation:role = {association}:{role}</c> or <c>district:{district role}</c>.</summary>
public static class RoleClaims
{
    public const string Type = "federation:role";

    public static string For(string associationId, AssociationRole role) =>
        $"{associationId}:{role.ToString().ToLowerInvariant()}";

    public static string ForDistrict(string districtRole) => $"district:{districtRole}";

    public static bool HasDistrictRole(this ClaimsPrincipal user, string districtRole) =>
        user.HasClaim(Type, ForDistrict(districtRole));

    public static bool IsDistrictStaff(this ClaimsPrincipal user) =>
        user.HasDistrictRole(DistrictRole.Office) || user.HasDistrictRole(DistrictRole.Admin);

    /// <summary>The highest role the user has in the association, district roles included.</summary>
    public static AssociationRole? RoleIn(this ClaimsPrincipal user, string associationId)
    {
        AssociationRole? best = user.HasDistrictRole(DistrictRole.Admin) ? AssociationRole.Admin
            : user.HasDistrictRole(DistrictRole.Office) ? AssociationRole.Board
            : null;
        var prefix = associationId + ":";
        foreach (var claim in user.FindAll(Type))
        {
            if (!claim.Value.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (Enum.TryParse<AssociationRole>(claim.Value[prefix.Length..], ignoreCase: true, out var role)
                && (best is null || role > best))
                best = role;
        }
        return best;
    }

    /// <summary>Association ids the user holds an explicit role in.</summary>
    public static IEnumerable<string> AssociationIds(this ClaimsPrincipal user) =>
        user.FindAll(Type).Select(c => c.Value.Split(':')[0]).Where(id => id != "district").Distinct();
}

/// <summary>The least role an endpoint or page needs in the route's association (default: member).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresRoleAttribute(AssociationRole role) : Attribute
{
    public AssociationRole Role { get; } = role;
}
