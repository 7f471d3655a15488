using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Federation.Studies.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Api;

internal static class StudiesApi
{
    public static void Map(IEndpointRouteBuilder association) =>
        association.MapGet("/studies/suggestions", async (StudiesDbContext db, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var all = db.CourseSuggestions.AsNoTracking();
            var items = await all.OrderByDescending(s => s.SuggestedAt).Skip((p - 1) * size).Take(size)
                .Select(s => new CourseSuggestionView(s.Id, s.MemberId, s.Course, s.SuggestedAt)).ToListAsync(ct);
            return new Page<CourseSuggestionView>(items, p, size, await all.CountAsync(ct));
        }).WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("ListCourseSuggestions");
}

internal sealed record CourseSuggestionView(Guid Id, Guid MemberId, string Course, DateTime SuggestedAt);
