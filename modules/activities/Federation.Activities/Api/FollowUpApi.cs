using Federation.Activities.Domain;
using Federation.Activities.ICal;
using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Api;


/// <summary>Priority areas, elected officials' participation and calendar feeds.</summary>
internal static class FollowUpApi
{
    private static object View(PriorityArea a) => new { a.Id, a.Name, PostalCodes = PriorityAreaList.Codes(a.PostalCodes).Select(PriorityAreaList.Display) };

    public static void Map(IEndpointRouteBuilder association)
    {
        // The activities the plan expects this year (district days, parties, budget meetings) and whether each is met.
        association.MapGet("/activities/expected/{year:int}", async (int year, AssociationContext current, Views.ExpectedActivities expected, HttpContext http, CancellationToken ct) =>
            year is < 2000 or > 2100 ? Results.NotFound()
                : Results.Ok(await expected.For(current.Required.Id, year, http.User.RoleIn(current.Required.Id) >= AssociationRole.Board, ct)))
            .WithName("ListExpectedActivities");

        association.MapGet("/activity-priority-areas", async (AssociationContext current, PriorityAreaList areas, CancellationToken ct) =>
            await areas.For(current.Required.Id, ct)).WithName("ListPriorityAreas");

        association.MapPost("/activity-priority-areas", (PriorityAreaList areas, PriorityAreaInput input, CancellationToken ct) => ActivitiesApi.Run(async () =>
            Results.Ok(View(await areas.Save(null, input, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddPriorityArea");

        association.MapGet("/activity-priority-areas/entered", async (PriorityAreaList areas, CancellationToken ct) =>
            (await areas.Entered(ct)).Select(View)).WithName("ListEnteredPriorityAreas");

        association.MapPut("/activity-priority-areas/{id:guid}", (Guid id, PriorityAreaList areas, PriorityAreaInput input, CancellationToken ct) => ActivitiesApi.Run(async () =>
            Results.Ok(View(await areas.Save(id, input, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("ChangePriorityArea");

        association.MapDelete("/activity-priority-areas/{id:guid}", (Guid id, PriorityAreaList areas, CancellationToken ct) => ActivitiesApi.Run(async () =>
        {
            await areas.Remove(id, ct);
            return Results.NoContent();
        })).WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("RemovePriorityArea");

        association.MapGet("/activity-priority-report", async (PriorityReport report, TimeProvider clock, int? year, CancellationToken ct) =>
            await report.For(year ?? StockholmTime.Today(clock).Year, ct))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("PriorityAreaReport");

        association.MapGet("/activity-officials/participation", async (AssociationContext current, OfficialsReport report, TimeProvider clock, int? year, CancellationToken ct) =>
            await report.For(current.Required.Id, year ?? StockholmTime.Today(clock).Year, ct))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("ElectedOfficialsParticipation");

        // Creating a feed again rotates its token: the old address stops working.
        association.MapPost("/activity-feeds/association", async (AssociationContext current, Feeds feeds, CancellationToken ct) =>
            Results.Ok(new { Url = Feeds.PathFor(current.Required.Id, await feeds.Rotate(FeedOwner.Association, ct)) }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("RotateAssociationFeed");

        association.MapDelete("/activity-feeds/association", async (Feeds feeds, CancellationToken ct) =>
            await feeds.Revoke(FeedOwner.Association, ct) ? Results.NoContent() : Results.NotFound())
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("RevokeAssociationFeed");

        // A member's own addresses: "/me" for their sign-ups, "/me/calendar" for the association's whole calendar.
        foreach (var (path, owner, name) in new (string, Func<Guid, FeedOwner>, string)[]
                 { ("/activity-feeds/me", FeedOwner.SignUpsOf, "MemberFeed"), ("/activity-feeds/me/calendar", FeedOwner.CalendarFor, "MemberCalendarFeed") })
        {
            association.MapPost(path, async (HttpContext http, AssociationContext current, Members members, Feeds feeds, CancellationToken ct) =>
                await members.Of(http.User, ct) is { } member
                    ? Results.Ok(new { Url = Feeds.PathFor(current.Required.Id, await feeds.Rotate(owner(member), ct)) })
                    : NotLinked())
                .WithName("Rotate" + name);
            association.MapDelete(path, async (HttpContext http, Members members, Feeds feeds, CancellationToken ct) =>
                await members.Of(http.User, ct) is { } member
                    ? await feeds.Revoke(owner(member), ct) ? Results.NoContent() : Results.NotFound()
                    : NotLinked())
                .WithName("Revoke" + name);
        }
    }

    private static IResult NotLinked() => ActivitiesApi.Problem("member", T("Ditt konto är inte kopplat till någon medlem i föreningen.", "Your account is not linked to a member of this association."));
}
