using Federation.Activities.Domain;
using Federation.Activities.ICal;
using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Api;

internal sealed record NameInput(string? Name, Guid? MemberId = null);

/// <summary>Priority areas, elected officials' participation and calendar feeds.</summary>
internal static class FollowUpApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        association.MapGet("/activity-priority-areas", async (AssociationContext current, PriorityAreaList areas, CancellationToken ct) =>
            await areas.For(current.Required.Id, ct)).WithName("ListPriorityAreas");

        association.MapPost("/activity-priority-areas", async (ActivitiesDbContext db, NameInput input, CancellationToken ct) =>
        {
            var name = input.Name?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > 100) return ActivitiesApi.Problem("name", "The area's name is required (at most 100 characters).");
            if (!await db.PriorityAreas.AnyAsync(a => a.Name == name, ct))
            {
                db.PriorityAreas.Add(new PriorityArea { Id = Guid.NewGuid(), Name = name });
                await db.SaveChangesAsync(ct);
            }
            return Results.Ok(name);
        }).WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddPriorityArea");

        association.MapGet("/activity-priority-report", async (PriorityReport report, TimeProvider clock, int? year, CancellationToken ct) =>
            await report.For(year ?? StockholmTime.Today(clock).Year, ct))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("PriorityAreaReport");

        association.MapGet("/activity-officials", async (ActivitiesDbContext db, CancellationToken ct) =>
            await db.Officials.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.MemberId, o.Name }).ToListAsync(ct))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("ListElectedOfficials");

        association.MapPost("/activity-officials", async (ActivitiesDbContext db, Members members, NameInput input, CancellationToken ct) =>
        {
            if (input.MemberId is not { } memberId) return ActivitiesApi.Problem("memberId", "The official's member id is required.");
            if (!await db.Officials.AnyAsync(o => o.MemberId == memberId, ct))
            {
                db.Officials.Add(new ElectedOfficial { Id = Guid.NewGuid(), MemberId = memberId, Name = input.Name?.Trim() is { Length: > 0 } n ? n : await members.NameOf(memberId, ct) });
                await db.SaveChangesAsync(ct);
            }
            return Results.Ok(memberId);
        }).WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddElectedOfficial");

        association.MapGet("/activity-officials/participation", async (AssociationContext current, OfficialsReport report, TimeProvider clock, int? year, CancellationToken ct) =>
            await report.For(current.Required.Id, year ?? StockholmTime.Today(clock).Year, ct))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("ElectedOfficialsParticipation");

        // Creating a feed again rotates its token: the old address stops working.
        association.MapPost("/activity-feeds/association", async (AssociationContext current, Feeds feeds, CancellationToken ct) =>
            new { Url = Feeds.PathFor(current.Required.Id, await feeds.Rotate(null, ct)) })
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("RotateAssociationFeed");

        association.MapPost("/activity-feeds/me", async (HttpContext http, AssociationContext current, Members members, Feeds feeds, CancellationToken ct) =>
            await members.Of(http.User, ct) is { } member
                ? Results.Ok(new { Url = Feeds.PathFor(current.Required.Id, await feeds.Rotate(member, ct)) })
                : ActivitiesApi.Problem("member", "Your account is not linked to a member of this association (no member has your email address)."))
            .WithName("RotateMemberFeed");
    }
}
