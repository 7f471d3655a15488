using System.Security.Claims;
using Federation.Board.Domain;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
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

        // Plans cover periods that may overlap: ?from= (the first year of a plan) picks one, else the one that started last.
        plans.MapGet("/{year}", async (PlanReader reader, string year, DateOnly? asOf, int? from, CancellationToken ct) =>
            await Guarded(year, async y => await reader.Read(y, asOf, from, ct) is { } view
                ? Results.Ok(view)
                : Results.NotFound(new { status = 404, title = "Not found", detail = $"Det finns ingen verksamhetsplan för {y}." })))
            .WithName("GetPlan");

        plans.MapPost("", async (PlanService service, NewPlan input, CancellationToken ct) =>
            await Guarded(input.Year?.ToString() ?? "", async y =>
            {
                var plan = await service.Create(y, input.Title, input.From, ct);
                return Results.Created($"plans/{y}", new { plan.Id, plan.Title, plan.FirstYear, plan.LastYear, Pillars = plan.Pillars.Count });
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("CreatePlan");

        plans.MapPost("/{year}/pillars", async (PlanService service, ClaimsPrincipal user, string year, int? from, NewPillar input, CancellationToken ct) =>
            await Guarded(year, async y => Results.Created($"plans/{y}", Id(await service.AddPillar(y, input.Name, Actors.Of(user), from, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddPlanPillar");

        plans.MapPost("/{year}/goals", async (PlanService service, ClaimsPrincipal user, string year, NewGoal input, CancellationToken ct) =>
            await Guarded(year, async y => Results.Created($"plans/{y}", Id(await service.AddGoal(y, input.PillarId ?? Guid.Empty, input.Text, Actors.Of(user), ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddPlanGoal");

        plans.MapPost("/{year}/targets", async (PlanService service, ClaimsPrincipal user, string year, NewTarget input, CancellationToken ct) =>
            await Guarded(year, async y => Results.Created($"plans/{y}", Id(await service.AddTarget(y, input, Actors.Of(user), ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddPlanTarget");

        MapEditing(plans);

        plans.MapPost("/{year}/targets/{targetId}/entries", async (PlanService service, ClaimsPrincipal user, string year, Guid targetId, NewEntry input, CancellationToken ct) =>
            await Guarded(year, async y =>
            {
                var entry = await service.AddEntry(y, targetId, input.Value, input.On, input.Note, Actors.Of(user), ct);
                return Results.Created($"plans/{y}", new { entry.Id, entry.On, entry.Value });
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddTargetEntry");

        plans.MapPost("/{year}/follow-ups", async (PlanService service, ClaimsPrincipal user, string year, int? from, NewFollowUp input, CancellationToken ct) =>
            await Guarded(year, async y =>
            {
                var followUp = await service.RecordFollowUp(y, input.HeldOn, input.Note, input.Comments ?? [], Actors.Of(user), from, ct);
                return Results.Created($"plans/{y}", new { followUp.Id, followUp.HeldOn, Comments = followUp.Comments.Count });
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("RecordFollowUp");

        plans.MapGet("/{year}/follow-ups", async (PlanService service, string year, int? from, int? page, int? pageSize, CancellationToken ct) =>
            await Guarded(year, async y =>
            {
                var plan = await service.Find(y, from, ct) ?? throw new BoardValidationException("year", $"Det finns ingen verksamhetsplan för {y}.");
                return Results.Ok(await service.FollowUpHistory(plan, page, pageSize, ct));
            }))
            .WithName("ListFollowUps");

        MapReport(plans);
    }

    /// <summary>Editing, removing (or archiving, when something is recorded on it) and restoring goals and targets; every change is logged.</summary>
    private static void MapEditing(RouteGroupBuilder plans)
    {
        var board = new RequiresRoleAttribute(AssociationRole.Board);
        plans.MapPut("/{year}/goals/{goalId}", async (PlanService service, ClaimsPrincipal user, string year, Guid goalId, NewGoal input, CancellationToken ct) =>
            await Guarded(year, async y => Results.Ok(Id(await service.EditGoal(y, goalId, input.Text, Actors.Of(user), ct)))))
            .WithMetadata(board).WithName("EditPlanGoal");
        plans.MapDelete("/{year}/goals/{goalId}", async (PlanService service, ClaimsPrincipal user, string year, Guid goalId, CancellationToken ct) =>
            await Guarded(year, async y => Results.Ok(new { Outcome = Outcome(await service.RemoveGoal(y, goalId, Actors.Of(user), ct)) })))
            .WithMetadata(board).WithName("RemovePlanGoal");
        plans.MapPut("/{year}/targets/{targetId}", async (PlanService service, ClaimsPrincipal user, string year, Guid targetId, NewTarget input, CancellationToken ct) =>
            await Guarded(year, async y => Results.Ok(Id(await service.EditTarget(y, targetId, input, Actors.Of(user), ct)))))
            .WithMetadata(board).WithName("EditPlanTarget");
        plans.MapDelete("/{year}/targets/{targetId}", async (PlanService service, ClaimsPrincipal user, string year, Guid targetId, CancellationToken ct) =>
            await Guarded(year, async y => Results.Ok(new { Outcome = Outcome(await service.RemoveTarget(y, targetId, Actors.Of(user), ct)) })))
            .WithMetadata(board).WithName("RemovePlanTarget");
        plans.MapPost("/{year}/archived/{id}/restore", async (PlanService service, ClaimsPrincipal user, string year, Guid id, CancellationToken ct) =>
            await Guarded(year, async y =>
            {
                await service.Restore(y, id, Actors.Of(user), ct);
                return Results.Ok(new { Outcome = "restored" });
            }))
            .WithMetadata(board).WithName("RestorePlanItem");
        plans.MapGet("/{year}/changes", async (PlanService service, string year, int? from, int? page, int? pageSize, CancellationToken ct) =>
            await Guarded(year, async y =>
            {
                var plan = await service.Find(y, from, ct) ?? throw new BoardValidationException("year", $"Det finns ingen verksamhetsplan för {y}.");
                var changes = await service.Changes(plan, page, pageSize, ct);
                return Results.Ok(new Page<ChangeView>([.. changes.Items.Select(ChangeView.From)], changes.PageNumber, changes.PageSize, changes.Total));
            }))
            .WithMetadata(board).WithName("ListPlanChanges");
    }

    private static string Outcome(Removal removal) => removal == Removal.Archived ? "archived" : "removed";

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
                var saved = await reports.Save(y, input.Text, Actors.Of(user), ct);
                return Results.Ok(new ReportView(y, saved.Text, true, saved.UpdatedBy, saved.UpdatedAt));
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("SaveAnnualReport");

        plans.MapGet("/{year}/report/print", async (ProtocolRenderer renderer, string year) =>
            await Guarded(year, async y => Results.Content(await renderer.AnnualReport(y), "text/html; charset=utf-8")))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("PrintAnnualReport"); // a draft until the annual meeting
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

internal sealed record ChangeView(DateTime At, string By, string Subject, Guid SubjectId, string Action, string Description)
{
    public static ChangeView From(PlanChange c) => new(c.At, c.By, c.Subject, c.SubjectId, c.Action, c.Description);
}

internal sealed record ReportView(int Year, string Text, bool Saved, string? UpdatedBy, DateTime? UpdatedAt);
internal sealed record ReportText(string? Text);
/// <summary>A plan for <see cref="Year"/>; <see cref="From"/> picks the template starting that year where several cover it.</summary>
internal sealed record NewPlan(int? Year, string? Title, int? From = null);
internal sealed record NewPillar(string? Name);
internal sealed record NewGoal(Guid? PillarId, string? Text);
internal sealed record NewEntry(decimal? Value, DateOnly? On, string? Note);
internal sealed record NewFollowUp(DateOnly? HeldOn, string? Note, IReadOnlyList<GoalComment>? Comments);
