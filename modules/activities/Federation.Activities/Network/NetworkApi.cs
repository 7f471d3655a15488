using System.Security.Claims;
using Federation.Activities.Api;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Activities.Network;

/// <summary>
/// <c>…/activist-network</c>: in an association the signed-in person joins, changes or leaves; in the district its
/// board reads everyone in the network.
/// </summary>
internal static class NetworkApi
{
    private static object View(Activist a) => new { a.Id, a.AssociationId, Name = Actors.Display(a.Account), a.Account, a.Phone, Kinds = a.KindList, a.Area, a.JoinedOn };

    public static void Map(IEndpointRouteBuilder association)
    {
        var network = association.MapGroup("/activist-network");

        network.MapGet("", async (ActivistNetwork activists, ClaimsPrincipal user, CancellationToken ct) =>
            await activists.Mine(Actors.Of(user), ct) is { } mine ? Results.Ok(View(mine)) : Results.NotFound())
            .WithName("MyActivistNetworkEntry");

        network.MapPut("", (ActivistNetwork activists, JoinNetwork input, ClaimsPrincipal user, CancellationToken ct) => ActivitiesApi.Run(async () =>
            Results.Ok(View(await activists.Join(Actors.Of(user), input.Kinds, input.Phone, input.Area, ct)))))
            .WithName("JoinActivistNetwork");

        network.MapDelete("", (ActivistNetwork activists, ClaimsPrincipal user, CancellationToken ct) => ActivitiesApi.Run(async () =>
        {
            await activists.Leave(Actors.Of(user), ct);
            return Results.NoContent();
        })).WithName("LeaveActivistNetwork");

        network.MapGet("/all", (ActivistNetwork activists, CancellationToken ct) => ActivitiesApi.Run(async () =>
            Results.Ok((await activists.All(ct)).Select(View))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("ListActivistNetwork");
    }
}

internal sealed record JoinNetwork(string[]? Kinds, string? Phone, string? Area);
