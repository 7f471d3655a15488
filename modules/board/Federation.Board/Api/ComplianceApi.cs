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
    public static void Map(IEndpointRouteBuilder association) =>
        association.MapGet("/compliance/{year}", async (ComplianceService compliance, ClaimsPrincipal user, TimeProvider clock, string year, CancellationToken ct) =>
                await PlansApi.Guarded(year, async y =>
                {
                    var today = Stockholm.Today(clock);
                    var asOf = y == today.Year ? today : new DateOnly(y, 12, 31);
                    return Results.Ok(await compliance.Rows(user, y, asOf, ct));
                }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("GetCompliance");
}
