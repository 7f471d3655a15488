using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Federation.Studies.Domain;
using Federation.Studies.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Api;

/// <summary>The studies API under <c>/api/associations/{association}/studies</c>: organisers are officers or above; members act for themselves.</summary>
internal static class StudiesApi
{
    public static readonly RequiresRoleAttribute Organiser = new(AssociationRole.Officer);

    public static void Map(IEndpointRouteBuilder association)
    {
        var studies = association.MapGroup("/studies");
        studies.MapGet("/suggestions", async (StudiesDbContext db, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var all = db.CourseSuggestions.AsNoTracking();
            var items = await all.OrderByDescending(s => s.SuggestedAt).Skip((p - 1) * size).Take(size)
                .Select(s => new CourseSuggestionView(s.Id, s.MemberId, s.Course, s.SuggestedAt)).ToListAsync(ct);
            return new Page<CourseSuggestionView>(items, p, size, await all.CountAsync(ct));
        }).WithMetadata(Organiser).WithName("ListCourseSuggestions");

        CatalogueApi.Map(studies);
        EnrolmentApi.Map(studies);
        CirclesApi.Map(studies);
        ComplianceApi.Map(studies);
    }

    /// <summary>Runs an action, turning refused input into 400 (field by field) and unknown or foreign ids into 404.</summary>
    public static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (StudiesValidationException e) { return Results.ValidationProblem(e.Problems); }
        catch (KeyNotFoundException e) { return Results.Problem(e.Message, statusCode: StatusCodes.Status404NotFound); }
    }

    public static IResult Problem(string field, string problem) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] });
}

internal sealed record CourseSuggestionView(Guid Id, Guid MemberId, string Course, DateTime SuggestedAt);
