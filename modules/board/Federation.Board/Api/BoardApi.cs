using System.Security.Claims;
using Federation.Board.Domain;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Board.Api;

/// <summary>The board's composition, its required functions and the elected officials.</summary>
internal static class BoardApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var board = association.MapGroup("/board");

        board.MapGet("", async (BoardComposition composition, TimeProvider clock, DateOnly? on, CancellationToken ct) =>
        {
            var day = on ?? Stockholm.Today(clock);
            var roles = await composition.ActiveRoles(day, ct);
            return new BoardView(day,
                roles.Select(RoleView.Of).ToList(),
                composition.RequiredFunctions(day.Year),
                await composition.MissingFunctions(day, ct),
                (await composition.ElectedOfficials(day, ct)).Select(o => new OfficialView(o.MemberId, o.Name, o.Gender)).ToList());
        }).WithName("GetBoard");

        board.MapPost("/roles", async (BoardComposition composition, NewRole input, CancellationToken ct) =>
            await Guarded(async () => Results.Created("board", RoleView.Of(await composition.Assign(input, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AssignBoardRole");

        board.MapPost("/roles/{roleId}/end", async (BoardComposition composition, Guid roleId, EndRole input, CancellationToken ct) =>
            await Guarded(async () => Results.Ok(RoleView.Of(await composition.End(roleId, input.EndedOn, ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("EndBoardRole");

        board.MapPost("/elected-officials", async (BoardComposition composition, NewOfficial input, CancellationToken ct) =>
            await Guarded(async () =>
            {
                var o = await composition.MarkElectedOfficial(input.MemberId, input.Name, input.Gender, input.From, input.Until, ct);
                return Results.Created("board", new OfficialView(o.MemberId, o.Name, o.Gender));
            }))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("MarkElectedOfficial");

        // Introduction talks for new elected officials (Solna: "Nya förtroendevalda bokas in på introduktionssamtal med gruppledare").
        board.MapGet("/introductions", async (IntroductionTalks talks, CancellationToken ct) =>
            (await talks.List(ct)).Select(IntroductionView.Of).ToList())
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("ListIntroductionTalks");

        board.MapPost("/introductions/{memberId:guid}/book", async (IntroductionTalks talks, Guid memberId, BookIntroduction input, ClaimsPrincipal user, CancellationToken ct) =>
            await Guarded(async () => Results.Ok(IntroductionView.Of(await talks.Book(memberId, input.On, input.GroupLeader, Actors.Of(user), ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("BookIntroductionTalk");

        board.MapPost("/introductions/{memberId:guid}/held", async (IntroductionTalks talks, Guid memberId, IntroductionHeld input, ClaimsPrincipal user, CancellationToken ct) =>
            await Guarded(async () => Results.Ok(IntroductionView.Of(await talks.MarkHeld(memberId, input.On, Actors.Of(user), ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("MarkIntroductionTalkHeld");

        // Mentors: the association asks for one of its officials; the district answers (Storstockholm 2025–2027).
        board.MapGet("/mentors", async (Mentoring mentoring, CancellationToken ct) => (await mentoring.List(ct)).Select(MentorView.Of).ToList())
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("ListMentorRequests");

        board.MapPost("/mentors", async (Mentoring mentoring, NewMentorRequest input, ClaimsPrincipal user, CancellationToken ct) =>
            await Guarded(async () => Results.Created("board/mentors", MentorView.Of(await mentoring.Request(input.MemberId ?? Guid.Empty, input.Support, Actors.Of(user), ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("RequestMentor");

        board.MapPost("/mentors/{requester}/{id:guid}/decision", async (Mentoring mentoring, string requester, Guid id, MentorDecision input, ClaimsPrincipal user, CancellationToken ct) =>
            await Guarded(async () => Results.Ok(MentorView.Of(await mentoring.Decide(requester, id, input.Matched, input.Matched ? input.Mentor : input.Note, Actors.Of(user), ct)))))
            .WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("DecideMentorRequest");
    }

    internal static async Task<IResult> Guarded(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (BoardValidationException e)
        {
            return Results.ValidationProblem(e.Errors);
        }
    }
}

internal sealed record BoardView(DateOnly On, IReadOnlyList<RoleView> Roles, IReadOnlyList<string> RequiredFunctions,
    IReadOnlyList<string> MissingFunctions, IReadOnlyList<OfficialView> ElectedOfficials);

internal sealed record RoleView(Guid Id, Guid? MemberId, string Name, string Gender, string Role, DateOnly From, DateOnly? Until, DateOnly? EndedOn)
{
    public static RoleView Of(BoardRole r) => new(r.Id, r.MemberId, r.Name, r.Gender, r.Role, r.From, r.Until, r.EndedOn);
}

internal sealed record OfficialView(Guid MemberId, string Name, string Gender);
internal sealed record EndRole(DateOnly? EndedOn);
internal sealed record NewOfficial(Guid? MemberId, string? Name, string? Gender, DateOnly? From, DateOnly? Until);

internal sealed record BookIntroduction(DateOnly? On, string? GroupLeader);
internal sealed record IntroductionHeld(DateOnly? On);

internal sealed record IntroductionView(Guid MemberId, string? Name, DateOnly? OfficialSince, string Status, DateOnly? BookedFor, string? GroupLeader, DateOnly? HeldOn)
{
    public static IntroductionView Of(IntroductionRow r) =>
        new(r.MemberId, r.Name, r.OfficialSince, r.Status.ToString().ToLowerInvariant(), r.Talk?.BookedFor, r.Talk?.GroupLeader, r.Talk?.HeldOn);

    public static IntroductionView Of(IntroductionTalk t) =>
        new(t.MemberId, null, null, t.HeldOn is null ? "booked" : "held", t.BookedFor, t.GroupLeader, t.HeldOn);
}

internal sealed record NewMentorRequest(Guid? MemberId, string? Support);
internal sealed record MentorDecision(bool Matched, string? Mentor, string? Note);

internal sealed record MentorView(Guid Id, string AssociationId, Guid MemberId, string Name, string Support, DateTime RequestedAt, string Status,
    string? Mentor, string? Note, DateTime? DecidedAt)
{
    public static MentorView Of(MentorRequest r) =>
        new(r.Id, r.AssociationId, r.MemberId, r.Name, r.Support, r.RequestedAt, r.Status.ToString().ToLowerInvariant(), r.Mentor, r.Note, r.DecidedAt);
}
