using Federation.Platform.Web;
using Federation.Studies.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Api;

internal sealed record OccasionChange(string? Place, int? Capacity);

internal sealed record CourseDetail(CourseView Course, IReadOnlyList<OccasionView> Occasions);

/// <summary>The catalogue: courses (the association's and the district's) and their occasions.</summary>
internal static class CatalogueApi
{
    public static void Map(IEndpointRouteBuilder studies)
    {
        studies.MapGet("/courses", async (Catalogue catalogue, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var all = catalogue.VisibleCourses().AsNoTracking();
            var items = await all.OrderBy(c => c.Title).Skip((p - 1) * size).Take(size).ToListAsync(ct);
            return new Page<CourseView>(items.Select(catalogue.View).ToList(), p, size, await all.CountAsync(ct));
        }).WithName("ListCourses");

        studies.MapPost("/courses", (Catalogue catalogue, CourseInput input, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            var course = await catalogue.CreateCourse(input, ct);
            return Results.Created($"courses/{course.Id}", catalogue.View(course));
        })).WithMetadata(StudiesApi.Organiser).WithName("CreateCourse");

        studies.MapGet("/courses/{id:guid}", async (Guid id, Catalogue catalogue, CancellationToken ct) =>
            await catalogue.VisibleCourses().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } course
                ? Results.Ok(new CourseDetail(catalogue.View(course), await catalogue.OccasionsOf(id, ct)))
                : Results.NotFound()).WithName("GetCourse");

        studies.MapPost("/courses/{id:guid}/occasions", (Guid id, Catalogue catalogue, OccasionInput input, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            var occasion = await catalogue.CreateOccasion(id, input, ct);
            return Results.Created($"occasions/{occasion.Id}", await catalogue.Occasion(occasion.Id, ct));
        })).WithMetadata(StudiesApi.Organiser).WithName("CreateOccasion");

        studies.MapGet("/occasions", async (Catalogue catalogue, TimeProvider clock, DateOnly? from, string? kind, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var fromUtc = from is { } day ? Stockholm.Utc(day.ToDateTime(TimeOnly.MinValue)) : clock.GetUtcNow().UtcDateTime;
            var (items, total) = await catalogue.Occasions(fromUtc, kind, p, size, ct);
            return new Page<OccasionView>(items, p, size, total);
        }).WithName("ListOccasions");

        studies.MapGet("/occasions/{id:guid}", async (Guid id, Catalogue catalogue, CancellationToken ct) =>
            await catalogue.Occasion(id, ct) is { } occasion ? Results.Ok(occasion) : Results.NotFound()).WithName("GetOccasion");

        studies.MapPut("/occasions/{id:guid}", (Guid id, Catalogue catalogue, Enrolment enrolment, OccasionChange input, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            await enrolment.Change(id, input.Place, input.Capacity, ct);
            return Results.Ok(await catalogue.Occasion(id, ct));
        })).WithMetadata(StudiesApi.Organiser).WithName("ChangeOccasion");

        studies.MapPost("/occasions/{id:guid}/cancel", (Guid id, Catalogue catalogue, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            await catalogue.Cancel(id, ct);
            return Results.NoContent();
        })).WithMetadata(StudiesApi.Organiser).WithName("CancelOccasion");
    }
}
