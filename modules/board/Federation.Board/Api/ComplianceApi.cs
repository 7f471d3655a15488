using System.Security.Claims;
using Federation.Board.Domain;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Board.Api;

/// <summary>The district view: every association's row for district staff, the caller's own row for everyone else.</summary>
internal static class ComplianceApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        association.MapGet("/compliance/{year}", async (ComplianceService compliance, ClaimsPrincipal user, TimeProvider clock, string year, CancellationToken ct) =>
                await PlansApi.Guarded(year, async y => Results.Ok(await compliance.Rows(user, y, AsOf(y, clock), ct))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("GetCompliance");

        // Seed 003 asks the officers of municipal groups too: each group with the officers it lacks.
        association.MapGet("/compliance/{year}/municipal-groups", async (ComplianceService compliance, ClaimsPrincipal user, TimeProvider clock, string year, CancellationToken ct) =>
                await PlansApi.Guarded(year, async y => Results.Ok(await compliance.MunicipalGroupFunctions(user, AsOf(y, clock), ct))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("GetMunicipalGroupCompliance");
    }

    /// <summary>A past year is judged at its end, the current one today.</summary>
    public static DateOnly AsOf(int year, TimeProvider clock)
    {
        var today = Stockholm.Today(clock);
        return year == today.Year ? today : new DateOnly(year, 12, 31);
    }
}
