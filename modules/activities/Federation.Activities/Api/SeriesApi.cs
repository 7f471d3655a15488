using Federation.Activities.Domain;
using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Api;

/// <summary>Recurring series and the rules they may follow.</summary>
internal static class SeriesApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        association.MapGet("/activity-rules", (AssociationContext current, Recurrence recurrence) =>
            Results.Ok(recurrence.Rules(current.Required.Id).Select(r => new
            {
                r.Id, Name = r.Name.ToString(), r.ActivityType, r.DefaultStart,
                DefaultDurationMinutes = (int?)r.DefaultDuration?.TotalMinutes, r.BuiltIn,
            }))).WithName("ListActivityRules");

        var series = association.MapGroup("/activity-series").WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer));

        series.MapGet("", async (ActivitiesDbContext db, CancellationToken ct) =>
            Results.Ok((await db.Series.AsNoTracking().OrderBy(s => s.Title).ToListAsync(ct)).Select(s => new
            {
                s.Id, s.Rule, Weekday = s.Weekday?.ToString().ToLowerInvariant(), s.DayOfMonth, s.Ordinal, s.Type, s.Title, s.Description,
                s.Place, s.Area, s.StartTime, s.DurationMinutes, s.From, s.Until, Visibility = s.Visibility.ToString().ToLowerInvariant(),
                s.MaxParticipants, s.Childcare, s.Campaign,
            }))).WithName("ListActivitySeries");

        series.MapPost("", (SeriesPlanner planner, SeriesInput input, CancellationToken ct) => ActivitiesApi.Run(async () =>
        {
            var (created, count) = await planner.Create(input, ct);
            return Results.Created($"activity-series/{created.Id}", new { created.Id, created.Rule, created.Title, Occurrences = count });
        })).WithName("CreateActivitySeries");

        series.MapPut("/{id:guid}", (Guid id, SeriesPlanner planner, SeriesInput input, CancellationToken ct) => ActivitiesApi.Run(async () =>
        {
            var (changed, count) = await planner.Change(id, input, ct);
            return Results.Ok(new { changed.Id, changed.Rule, changed.Title, Occurrences = count });
        })).WithName("ChangeActivitySeries");
    }
}
