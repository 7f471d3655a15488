using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>The member register as this module may read it: only where the association has membership on.</summary>
internal static class MemberRegister
{
    private const string MembershipModule = "membership";

    /// <summary>Null means no register: names and genders are entered by hand (guests).</summary>
    public static IMemberDirectory? For(Association association, IServiceProvider services) =>
        association.Enables(MembershipModule) ? services.GetService<IMemberDirectory>() : null;
}
