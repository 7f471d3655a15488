using System.Security.Claims;
using Federation.Board.Domain;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Board.Api;

/// <summary>
/// The activity plan. Years come as plain route values (no route constraint) so that a wrong association is
/// refused before a malformed year is reported.
/// </summary>
internal static class PlansApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var plans = association.MapGroup("/plans");

        plans.MapGet("/{year}", async (PlanReader reader, string year, DateOnly? asOf, CancellationToken ct) =>
            await Guarded(year, async y => await reader.Read(y, asOf, ct) is { } view
                ? Results.Ok(view)
                : Results.NotFound(new { status = 404, title = "Not found", detail = $"Det finns ingen verksamhetsplan för {y}." })))
            .WithName("GetPlan");

        plans.MapPost("", async (PlanService service, NewPlan input, CancellationToken ct) =>
            await Guarded(input.Year?.ToString() ?? "", async y =>
            {
                var plan = await service.Create(y, input.Title, ct);
                return Results.Created($"plans/{y}", new { plan.Id, plan.Title, plan.FirstYear, plan.LastYear, Pillars = plan.Pillars.Count });
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("CreatePlan");

        plans.MapPost("/{year}/pillars", async (PlanService service, string year, NewPillar input, CancellationToken ct) =>
            await Guarded(year, async y => Results.Created($"plans/{y}", Id(await service.AddPillar(y, input.Name, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddPlanPillar");

        plans.MapPost("/{year}/goals", async (PlanService service, string year, NewGoal input, CancellationToken ct) =>
            await Guarded(year, async y => Results.Created($"plans/{y}", Id(await service.AddGoal(y, input.PillarId ?? Guid.Empty, input.Text, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddPlanGoal");

        plans.MapPost("/{year}/targets", async (PlanService service, string year, NewTarget input, CancellationToken ct) =>
            await Guarded(year, async y => Results.Created($"plans/{y}", Id(await service.AddTarget(y, input, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddPlanTarget");

        plans.MapPost("/{year}/targets/{targetId}/entries", async (PlanService service, ClaimsPrincipal user, string year, Guid targetId, NewEntry input, CancellationToken ct) =>
            await Guarded(year, async y =>
            {
                var entry = await service.AddEntry(y, targetId, input.Value, input.On, input.Note, user.Identity?.Name ?? "", ct);
                return Results.Created($"plans/{y}", new { entry.Id, entry.On, entry.Value });
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddTargetEntry");

        plans.MapPost("/{year}/follow-ups", async (PlanService service, ClaimsPrincipal user, string year, NewFollowUp input, CancellationToken ct) =>
            await Guarded(year, async y =>
            {
                var followUp = await service.RecordFollowUp(y, input.HeldOn, input.Note, input.Comments ?? [], user.Identity?.Name ?? "", ct);
                return Results.Created($"plans/{y}", new { followUp.Id, followUp.HeldOn, Comments = followUp.Comments.Count });
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("RecordFollowUp");

        MapReport(plans);
    }

    private static void MapReport(RouteGroupBuilder plans)
    {
        plans.MapGet("/{year}/report", async (AnnualReports reports, string year, CancellationToken ct) =>
            await Guarded(year, async y => await reports.Saved(y, ct) is { } saved
                ? Results.Ok(new ReportView(y, saved.Text, true, saved.UpdatedBy, saved.UpdatedAt))
                : Results.Ok(new ReportView(y, await reports.Draft(y, ct), false, null, null))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("GetAnnualReport");

        plans.MapPut("/{year}/report", async (AnnualReports reports, ClaimsPrincipal user, string year, ReportText input, CancellationToken ct) =>
            await Guarded(year, async y =>
            {
                var saved = await reports.Save(y, input.Text, user.Identity?.Name ?? "", ct);
                return Results.Ok(new ReportView(y, saved.Text, true, saved.UpdatedBy, saved.UpdatedAt));
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("SaveAnnualReport");

        plans.MapGet("/{year}/report/print", async (ProtocolRenderer renderer, string year) =>
            await Guarded(year, async y => Results.Content(await renderer.AnnualReport(y), "text/html; charset=utf-8")))
            .WithName("PrintAnnualReport");
    }

    private static object Id(Pillar p) => new { p.Id, p.Name };
    private static object Id(Goal g) => new { g.Id, g.Text };
    private static object Id(Target t) => new { t.Id, t.Text };

    /// <summary>Parses the year and turns refused input into a validation problem naming the field.</summary>
    internal static async Task<IResult> Guarded(string year, Func<int, Task<IResult>> action)
    {
        if (!int.TryParse(year, out var y) || y is < 2000 or > 2100)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [$"'{year}' är inget år mellan 2000 och 2100."] });
        try
        {
            return await action(y);
        }
        catch (BoardValidationException e)
        {
            return Results.ValidationProblem(e.Errors);
        }
    }
}

internal sealed record ReportView(int Year, string Text, bool Saved, string? UpdatedBy, DateTime? UpdatedAt);
internal sealed record ReportText(string? Text);
internal sealed record NewPlan(int? Year, string? Title);
internal sealed record NewPillar(string? Name);
internal sealed record NewGoal(Guid? PillarId, string? Text);
internal sealed record NewEntry(decimal? Value, DateOnly? On, string? Note);
internal sealed record NewFollowUp(DateOnly? HeldOn, string? Note, IReadOnlyList<GoalComment>? Comments);
