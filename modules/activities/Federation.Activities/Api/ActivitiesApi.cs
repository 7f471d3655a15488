using Federation.Activities.Domain;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Api;

/// <summary>The calendar: list occurrences, create, edit and cancel activities.</summary>
internal static class ActivitiesApi
{
    /// <summary>A list covers at most this many days, so one request cannot read decades.</summary>
    private const int MaxRangeDays = 3 * 366;

    public static void Map(IEndpointRouteBuilder association)
    {
        var activities = association.MapGroup("/activities");

        activities.MapGet("", async (HttpContext http, AssociationContext current, CalendarQuery calendar, TimeProvider clock,
            DateOnly? from, DateOnly? to, string? type, string? area, string? campaign, int? page, int? pageSize, CancellationToken ct) =>
        {
            var start = from ?? StockholmTime.Today(clock);
            var end = to ?? start.AddYears(1);
            if (end < start) return Problem("to", T("Periodens slut ligger före dess början.", "The end of the range is before its start."));
            if (end.DayNumber - start.DayNumber > MaxRangeDays) return Problem("to", T("En lista omfattar högst tre år.", "A list covers at most three years."));
            if (type is not null && !KnownActivityTypes.All.Contains(type)) return Problem("type", T($"Okänd aktivitetstyp ”{type}”.", $"Unknown activity type '{type}'."));
            var (p, size) = Paging.Normalize(page, pageSize);
            var filter = new CalendarFilter(start, end, type, area, campaign, IncludeBoard: http.User.RoleIn(current.Required.Id) >= AssociationRole.Board);
            var (items, total) = await calendar.Page(filter, p, size, ct);
            return Results.Ok(new Page<ActivityView>(items, p, size, total));
        }).WithName("ListActivities");

        // The district's combined calendar: every association's activities (not board-only ones), on the district only.
        association.MapGet("/district-activities", async (AssociationContext current, Views.DistrictCalendar district, TimeProvider clock,
            DateOnly? from, DateOnly? to, string? type, string? area, string? campaign, int? page, int? pageSize, CancellationToken ct) =>
        {
            if (!current.Required.IsDistrict) return Problem("association", T("Den samlade kalendern läses i distriktet.", "The combined calendar is read on the district."));
            var start = from ?? StockholmTime.Today(clock);
            var end = to ?? start.AddYears(1);
            if (end < start) return Problem("to", T("Periodens slut ligger före dess början.", "The end of the range is before its start."));
            if (end.DayNumber - start.DayNumber > MaxRangeDays) return Problem("to", T("En lista omfattar högst tre år.", "A list covers at most three years."));
            if (type is not null && !KnownActivityTypes.All.Contains(type)) return Problem("type", T($"Okänd aktivitetstyp ”{type}”.", $"Unknown activity type '{type}'."));
            var (p, size) = Paging.Normalize(page, pageSize);
            var all = await district.List(new CalendarFilter(start, end, type, area, campaign), ct);
            return Results.Ok(new Page<Views.DistrictOccurrence>(all.Skip((p - 1) * size).Take(size).ToList(), p, size, all.Count));
        }).WithName("ListDistrictActivities");

        activities.MapGet("/{id:guid}", async (Guid id, HttpContext http, AssociationContext current, CalendarQuery calendar, Storage.ActivitiesDbContext db, CancellationToken ct) =>
        {
            var activity = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.Activities, a => a.Id == id, ct);
            if (activity is null || activity.Visibility == Visibility.Board && http.User.RoleIn(current.Required.Id) < AssociationRole.Board)
                return Results.NotFound();
            return Results.Ok((await calendar.WithCounts([activity], ct))[0]);
        }).WithName("GetActivity");

        activities.MapPost("", (Calendar calendar, ActivityInput input, CancellationToken ct) => Run(async () =>
        {
            var activity = await calendar.Create(input, ct);
            return Results.Created($"activities/{activity.Id}", ActivityView.From(activity));
        })).WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("CreateActivity");

        activities.MapPut("/{id:guid}", (Guid id, Calendar calendar, ActivityInput input, CancellationToken ct) => Run(async () =>
            Results.Ok(ActivityView.From(await calendar.Edit(id, input, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("EditActivity");

        activities.MapPost("/{id:guid}/cancel", (Guid id, Calendar calendar, CancellationToken ct) => Run(async () =>
            Results.Ok(ActivityView.From(await calendar.Cancel(id, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("CancelActivity");
    }

    /// <summary>Turns the domain's refusals into answers: validation problems name the field, unknown ids are 404.</summary>
    internal static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ActivityValidationException e)
        {
            return Results.ValidationProblem(e.Problems);
        }
        catch (KeyNotFoundException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }
    }

    internal static IResult Problem(string field, string problem) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] });
}
