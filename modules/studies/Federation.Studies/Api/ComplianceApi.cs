using System.Security.Claims;
using Federation.Studies.Contracts;
using Federation.Studies.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Studies.Api;

internal sealed record StatisticsView(int Year, LecturerShare InvitedLecturers, int SelfDefenceOccasions, int MensGroupOccasions);

/// <summary>Required training (who lacks it) and the yearly figures the activity plans ask for.</summary>
internal static class ComplianceApi
{
    public static void Map(IEndpointRouteBuilder studies)
    {
        studies.MapGet("/compliance", async (Compliance compliance, ClaimsPrincipal user, TimeProvider clock, DateOnly? asOf, CancellationToken ct) =>
                Results.Ok(await compliance.Lines(user, asOf ?? Stockholm.Today(clock), ct)))
            .WithMetadata(StudiesApi.Organiser).WithName("GetTrainingCompliance");

        studies.MapGet("/statistics/{year:int}", async (int year, IStudyStatistics statistics, CancellationToken ct) =>
                Results.Ok(new StatisticsView(year, await statistics.InvitedLecturers(year, ct),
                    await statistics.Occasions(CourseKinds.SelfDefence, year, ct), await statistics.Occasions(CourseKinds.MensGroup, year, ct))))
            .WithMetadata(StudiesApi.Organiser).WithName("GetStudyStatistics");
    }
}
