using System.Security.Claims;
using Federation.Board.Domain;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Board.Api;

/// <summary>The association's municipal groups (<see cref="MunicipalGroups"/>), for its board.</summary>
internal static class MunicipalGroupsApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var groups = association.MapGroup("/board/municipal-groups").WithMetadata(new RequiresRoleAttribute(AssociationRole.Board));

        groups.MapGet("", async (MunicipalGroups service, TimeProvider clock, CancellationToken ct) =>
            (await service.List(ct)).Select(g => GroupView.Of(g, Stockholm.Today(clock))).ToList()).WithName("ListMunicipalGroups");

        groups.MapPost("", async (MunicipalGroups service, NewGroup input, ClaimsPrincipal user, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var group = await service.Create(input.Name, Actors.Of(user), ct);
                return Results.Created($"board/municipal-groups/{group.Id}", new { group.Id, group.Name });
            })).WithName("CreateMunicipalGroup");

        groups.MapPut("/{groupId:guid}/rules", async (MunicipalGroups service, Guid groupId, GroupRules input, ClaimsPrincipal user, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var group = await service.SetRules(groupId, input.Text, input.Link, input.ChangedOn, Actors.Of(user), ct);
                return Results.Ok(new { group.Id, group.RulesText, group.RulesLink, group.RulesChangedOn });
            })).WithName("SetMunicipalGroupRules");

        groups.MapPost("/{groupId:guid}/members", async (MunicipalGroups service, Guid groupId, GroupMemberInput input, ClaimsPrincipal user, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var member = await service.AddMember(groupId, input.MemberId, Actors.Of(user), ct);
                return Results.Created($"board/municipal-groups/{groupId}", new { member.MemberId, member.Name, member.From });
            })).WithName("AddMunicipalGroupMember");

        groups.MapDelete("/{groupId:guid}/members/{memberId:guid}", async (MunicipalGroups service, Guid groupId, Guid memberId, ClaimsPrincipal user, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                await service.RemoveMember(groupId, memberId, Actors.Of(user), ct);
                return Results.NoContent();
            })).WithName("RemoveMunicipalGroupMember");

        groups.MapPut("/{groupId:guid}/functions/{function}", async (MunicipalGroups service, Guid groupId, string function, GroupMemberInput input, ClaimsPrincipal user, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                await service.AssignFunction(groupId, function, input.MemberId, Actors.Of(user), ct);
                return Results.NoContent();
            })).WithName("AssignMunicipalGroupFunction");

        groups.MapPost("/{groupId:guid}/informed", async (MunicipalGroups service, Guid groupId, Briefing input, ClaimsPrincipal user, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var briefing = await service.MarkInformed(groupId, input.MemberId, input.On, Actors.Of(user), ct);
                return Results.Ok(new { briefing.MemberId, briefing.InformedOn });
            })).WithName("MarkInformedOfRules");

        groups.MapPost("/{groupId:guid}/meetings", async (MunicipalGroups service, Guid groupId, GroupMeetingInput input, ClaimsPrincipal user, CancellationToken ct) =>
            await BoardApi.Guarded(async () =>
            {
                var meeting = await service.AddMeeting(groupId, input.Date, input.Theme, input.Note, Actors.Of(user), ct);
                return Results.Created($"board/municipal-groups/{groupId}", new { meeting.Id, meeting.Date, meeting.Theme, meeting.Note });
            })).WithName("AddMunicipalGroupMeeting");
    }
}

internal sealed record NewGroup(string? Name);
internal sealed record GroupRules(string? Text, string? Link, DateOnly? ChangedOn);
internal sealed record GroupMemberInput(Guid? MemberId);
internal sealed record Briefing(Guid? MemberId, DateOnly? On);
internal sealed record GroupMeetingInput(DateOnly? Date, string? Theme, string? Note);

/// <summary>A group as the API shows it: members with their functions, the officials' briefings, meetings, this year's semesters, the latest changes.</summary>
internal sealed record GroupView(
    Guid Id, string Name, string? RulesText, string? RulesLink, DateOnly? RulesChangedOn,
    IReadOnlyList<GroupMemberView> Members, IReadOnlyDictionary<string, Guid?> Functions,
    IReadOnlyList<BriefingView> Briefings, decimal? InformedShare,
    IReadOnlyList<GroupMeetingView> Meetings, IReadOnlyList<SemesterView> InitiativeWriting, IReadOnlyList<GroupChangeView> Changes)
{
    public static GroupView Of(GroupOverview g, DateOnly today) => new(
        g.Group.Id, g.Group.Name, g.Group.RulesText, g.Group.RulesLink, g.Group.RulesChangedOn,
        [.. g.Members.Select(m => new GroupMemberView(m.MemberId, m.Name, m.From))],
        MunicipalGroups.Functions.ToDictionary(f => f, f => g.Functions.FirstOrDefault(x => x.Function == f)?.MemberId),
        [.. g.Briefings.Select(b => new BriefingView(b.MemberId, b.Name, b.InformedOn, b.Informed))],
        g.InformedShare,
        [.. g.Meetings.Select(m => new GroupMeetingView(m.Date, m.Theme, m.Note))],
        [.. ProgressCalculator.SemestersOf(today.Year).Select(s => new SemesterView($"{s.Name} {today.Year}", g.Initiatives(s.From, s.To, today)))],
        [.. g.Changes.Select(c => new GroupChangeView(c.At, c.By, c.Description))]);
}

internal sealed record GroupMemberView(Guid MemberId, string Name, DateOnly From);
internal sealed record BriefingView(Guid MemberId, string Name, DateOnly? InformedOn, bool Informed);
internal sealed record GroupMeetingView(DateOnly Date, string Theme, string? Note);
internal sealed record SemesterView(string Semester, int Meetings);
internal sealed record GroupChangeView(DateTime At, string By, string Description);
