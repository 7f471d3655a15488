using System.Security.Claims;
using Federation.Membership.Calls;
using Federation.Membership.Domain;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Membership.Api;

internal static class CallsApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var calls = association.MapGroup("/calls").WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer));

        calls.MapGet("", async (CallQueue queue, CancellationToken ct) =>
        {
            var list = new List<AssignmentSummary>();
            foreach (var a in await queue.Assignments(ct)) list.Add(new(a.Id, a.Title, a.Instructions, a.CooldownHours, a.MaxAttempts, await queue.Progress(a.Id, ct)));
            return list;
        }).WithName("ListCallAssignments");

        calls.MapPost("", (CallQueue queue, NewAssignment input, CancellationToken ct) => ApiErrors.Guard("assignment", async () =>
        {
            var a = await queue.Create(input, ct);
            return Results.Created($"calls/{a.Id}", new AssignmentSummary(a.Id, a.Title, a.Instructions, a.CooldownHours, a.MaxAttempts, await queue.Progress(a.Id, ct)));
        })).WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("CreateCallAssignment");

        calls.MapGet("/needs-officer", async (CallQueue queue, bool? includeHandled, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var (items, total) = await queue.NeedsOfficer(includeHandled ?? false, p, size, ct);
            return new Page<OfficerCall>(items, p, size, total);
        }).WithName("ListCallsNeedingOfficer");

        calls.MapPost("/needs-officer/{callId:guid}/handled", async (CallQueue queue, Guid callId, CancellationToken ct) =>
            await queue.MarkHandled(callId, ct) ? Results.NoContent() : Results.NotFound()).WithName("MarkCallHandled");

        calls.MapGet("/{id:guid}", async (CallQueue queue, Guid id, CancellationToken ct) =>
            await queue.Assignment(id, ct) is { } a
                ? Results.Ok(new AssignmentSummary(a.Id, a.Title, a.Instructions, a.CooldownHours, a.MaxAttempts, await queue.Progress(id, ct)))
                : Results.NotFound()).WithName("GetCallAssignment");

        calls.MapPost("/{id:guid}/next", async (CallQueue queue, MemberRegister register, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        {
            if (await queue.Assignment(id, ct) is not { } a) return Results.NotFound();
            var caller = Caller(user);
            if (!CallQueue.MayCall(a, caller)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            if (await queue.Next(id, caller, ct) is not { } target) return Results.NoContent();
            var member = await register.Open(target.MemberId, ct);
            return Results.Ok(new NextCall(target.Id, target.MemberId, member?.Name ?? "", member?.Phone, target.Attempts,
                await queue.History(target.MemberId, ct)));
        }).WithName("NextCall");

        calls.MapPost("/{id:guid}/targets/{targetId:guid}/outcome", (CallQueue queue, ClaimsPrincipal user, Guid id, Guid targetId, CallLog input, CancellationToken ct) =>
            ApiErrors.Guard("call", async () => Results.Ok(await queue.Log(targetId, Caller(user), input, ct)))).WithName("LogCall");
    }

    /// <summary>The caller as the queue knows them: the account's email.</summary>
    public static string Caller(ClaimsPrincipal user) =>
        (user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown").ToLowerInvariant();
}

internal sealed record AssignmentSummary(Guid Id, string Title, string Instructions, int CooldownHours, int MaxAttempts, CallProgress Progress);

internal sealed record NextCall(Guid TargetId, Guid MemberId, string Name, string? Phone, int Attempts, IReadOnlyList<CallRecord> PreviousCalls);
