using System.Security.Claims;
using Federation.Board.Domain;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Board.Api;

/// <summary>Agenda, attendance, minutes, decisions, approval and the printable protocol of a meeting.</summary>
internal static class MinutesApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var meeting = association.MapGroup("/meetings/{meetingId}").WithMetadata(new RequiresRoleAttribute(AssociationRole.Board));

        meeting.MapGet("/minutes", async (MinutesService minutes, Guid meetingId, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var m = await minutes.Meeting(meetingId, ct);
                var (present, required) = await minutes.Quorum(m, ct);
                return Results.Ok(new MinutesView(MeetingView.From(m), m.Version, m.Locked, m.ApprovedOn, m.ApprovedByChair, m.Adjusters,
                    present, required, required is null ? null : present >= required,
                    (await minutes.Items(meetingId, ct)).Select(i => new ItemView(i.Id, i.Number, i.Title, i.Attachment, i.Minutes)).ToList(),
                    (await minutes.Decisions(meetingId, ct)).Select(DecisionView.From).ToList(),
                    (await minutes.CarriedOver(m, ct)).Select(x => DecisionView.From(x.Decision)).ToList(),
                    (await minutes.Revisions(meetingId, ct)).Select(r => new RevisionView(r.Version, r.Reason, r.ChangedBy, r.ChangedAt)).ToList()));
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("GetMinutes");

        meeting.MapPost("/items", async (MinutesService minutes, Guid meetingId, NewItem input, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var i = await minutes.AddItem(meetingId, input.Title, input.Attachment, ct);
                return Results.Created($"meetings/{meetingId}/minutes", new ItemView(i.Id, i.Number, i.Title, i.Attachment, i.Minutes));
            })).WithName("AddAgendaItem");

        meeting.MapPut("/items/{itemId}/minutes", async (MinutesService minutes, Guid meetingId, Guid itemId, ItemMinutes input, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var i = await minutes.WriteMinutes(meetingId, itemId, input.Text, ct);
                return Results.Ok(new ItemView(i.Id, i.Number, i.Title, i.Attachment, i.Minutes));
            })).WithName("WriteItemMinutes");

        meeting.MapPost("/decisions", async (MinutesService minutes, Guid meetingId, NewDecision input, CancellationToken ct) =>
            await BoardApi.Guarded(async () => Results.Created($"meetings/{meetingId}/minutes",
                DecisionView.From(await minutes.AddDecision(meetingId, input.ItemId, input.Text, input.Responsible, input.DueOn, ct)))))
            .WithName("AddDecision");

        meeting.MapPost("/attendees", async (MinutesService minutes, Guid meetingId, NewAttendee input, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var a = await minutes.AddAttendee(meetingId, input.MemberId, input.Name, input.Voting ?? true, ct);
                return Results.Created($"meetings/{meetingId}/minutes", new { a.Id, a.Name, a.Voting });
            })).WithName("AddAttendee");

        meeting.MapPost("/approve", async (MinutesService minutes, TimeProvider clock, Guid meetingId, Approval input, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var m = await minutes.Approve(meetingId, input.Chair, input.Adjusters, Stockholm.Today(clock), ct);
                return Results.Ok(new { m.Version, m.Locked, m.ApprovedOn });
            })).WithName("ApproveMinutes");

        meeting.MapPost("/reopen", async (MinutesService minutes, ProtocolRenderer protocol, ClaimsPrincipal user, Guid meetingId, Reopening input, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                await minutes.Meeting(meetingId, ct);
                var m = await minutes.Reopen(meetingId, input.Reason, Actors.Of(user), await protocol.Render(meetingId), ct);
                return Results.Ok(new { m.Version, m.Locked });
            })).WithName("ReopenMinutes");

        // Members read approved (justerade) protocols; a draft is the board's until it is approved.
        meeting.MapGet("/protocol", async (MinutesService minutes, ProtocolRenderer protocol, AssociationContext current, ClaimsPrincipal user,
            Guid meetingId, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var m = await minutes.Meeting(meetingId, ct);
                if (m.ApprovedOn is null && !(user.RoleIn(current.Required.Id) >= AssociationRole.Board))
                    return Results.Problem("The protocol is a draft until it is approved; drafts are for the board.", statusCode: StatusCodes.Status403Forbidden);
                return Results.Content(await protocol.Render(meetingId), "text/html; charset=utf-8");
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Member)).WithName("GetProtocol");

        association.MapPost("/decisions/{decisionId}/done", async (MinutesService minutes, TimeProvider clock, Guid decisionId, CancellationToken ct) =>
            await BoardApi.Guarded(async () => Results.Ok(DecisionView.From(await minutes.MarkDone(decisionId, Stockholm.Today(clock), ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("MarkDecisionDone");
    }
}

internal sealed record NewItem(string? Title, string? Attachment);
internal sealed record ItemMinutes(string? Text);
internal sealed record NewDecision(Guid? ItemId, string? Text, string? Responsible, DateOnly? DueOn);
internal sealed record NewAttendee(Guid? MemberId, string? Name, bool? Voting);
internal sealed record Approval(string? Chair, IReadOnlyList<string>? Adjusters);
internal sealed record Reopening(string? Reason);

internal sealed record ItemView(Guid Id, int Number, string Title, string? Attachment, string? Minutes);
internal sealed record RevisionView(int Version, string Reason, string ChangedBy, DateTime ChangedAt);

internal sealed record DecisionView(Guid Id, Guid MeetingId, string Text, string? Responsible, DateOnly? DueOn, DateOnly? DoneOn)
{
    public static DecisionView From(Decision d) => new(d.Id, d.MeetingId, d.Text, d.Responsible, d.DueOn, d.DoneOn);
}

internal sealed record MinutesView(MeetingView Meeting, int Version, bool Locked, DateOnly? ApprovedOn, string? Chair, string? Adjusters,
    int Present, int? QuorumRequired, bool? Quorate, IReadOnlyList<ItemView> Items, IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<DecisionView> CarriedOver, IReadOnlyList<RevisionView> Revisions);
