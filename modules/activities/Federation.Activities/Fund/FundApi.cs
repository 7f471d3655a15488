using System.Security.Claims;
using Federation.Activities.Api;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Activities.Fund;

/// <summary>
/// <c>…/activity-fund</c>: in an association its board applies and reads its applications; in the district the
/// district reads every association's and the report, and the district admin decides.
/// </summary>
internal static class FundApi
{
    private static object View(FundApplication a) => new
    {
        a.Id, a.AssociationId, a.Year, a.Purpose, a.Amount, a.PriorityArea, a.ActivityId, a.ActivityTitle,
        Capacity = a.Capacity.ToString().ToLowerInvariant(), a.AppliedBy, a.AppliedAt,
        Decision = a.Decision.ToString().ToLowerInvariant(), a.Granted, a.Reason, a.DecidedBy, a.DecidedAt,
    };

    public static void Map(IEndpointRouteBuilder association)
    {
        var board = new RequiresRoleAttribute(AssociationRole.Board);
        var fund = association.MapGroup("/activity-fund").WithMetadata(board);

        fund.MapGet("", async (ActivityFund applications, AssociationContext current, TimeProvider clock, int? year, CancellationToken ct) =>
            current.Required.IsDistrict
                ? Results.Ok((await applications.All(year ?? Domain.StockholmTime.Today(clock).Year, ct)).Select(View))
                : Results.Ok((await applications.Own(ct)).Select(View)))
            .WithName("ListFundApplications");

        fund.MapPost("", (ActivityFund applications, FundInput input, ClaimsPrincipal user, CancellationToken ct) => ActivitiesApi.Run(async () =>
        {
            var application = await applications.Apply(input, Actors.Of(user), ct);
            return Results.Created($"activity-fund/{application.Id}", View(application));
        })).WithName("ApplyToActivityFund");

        fund.MapGet("/report", (ActivityFund applications, TimeProvider clock, int? year, CancellationToken ct) => ActivitiesApi.Run(async () =>
        {
            var y = year ?? Domain.StockholmTime.Today(clock).Year;
            var report = FundReport.Of(y, await applications.All(y, ct));
            return Results.Ok(new { report.Year, report.Applied, report.Granted, report.GrantedToPriorityAreas, report.PriorityShare,
                report.PriorityRuleMet, report.Pending, report.ByCapacityFollowed,
                ByCapacity = report.ByCapacity.Select(c => new { Capacity = c.Capacity.ToString().ToLowerInvariant(), c.Applications, c.Grants, c.Granted, c.Share, c.AverageGrant }) });
        })).WithName("ActivityFundReport");

        fund.MapPost("/{applicant}/{id:guid}/decision", (string applicant, Guid id, FundDecisionInput input, ActivityFund applications,
            ClaimsPrincipal user, CancellationToken ct) => ActivitiesApi.Run(async () =>
                !user.HasDistrictRole(DistrictRole.Admin)
                    ? Results.Problem("Only the district admin decides on the activity fund.", statusCode: StatusCodes.Status403Forbidden)
                    : Results.Ok(View(await applications.Decide(applicant, id, input, Actors.Of(user), ct)))))
            .WithName("DecideFundApplication");
    }
}
