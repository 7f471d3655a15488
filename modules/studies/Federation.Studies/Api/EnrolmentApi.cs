using System.Security.Claims;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Federation.Studies.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Studies.Api;

/// <summary>Who is booked: <see cref="MemberId"/> only for an organiser booking a member of the association.</summary>
internal sealed record SignUpInput(Guid? MemberId);

internal sealed record AttendanceInput(IReadOnlyList<Guid>? Present);

internal sealed record CompletionInput(Guid SignUpId, DateOnly? CompletedOn);

internal sealed record RosterView(Guid SignUpId, string Association, Guid MemberId, string Name, int Position, string Status, int? WaitingNumber,
    IReadOnlyList<Guid> AttendedSessions, bool Completed)
{
    public static RosterView Of(RosterRow r) => new(r.SignUpId, r.Association, r.MemberId, r.Name, r.Position, r.Status.ToString().ToLowerInvariant(),
        r.WaitingNumber, r.AttendedSessions, r.Completed);
}

/// <summary>Sign-ups and the waiting list, attendance per session, completions, and a member's own courses.</summary>
internal static class EnrolmentApi
{
    public static void Map(IEndpointRouteBuilder studies)
    {
        var occasion = studies.MapGroup("/occasions/{id:guid}");

        occasion.MapPost("/signups", (Guid id, ClaimsPrincipal user, AssociationContext current, Members members, Catalogue catalogue, Enrolment enrolment,
            SignUpInput? input, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            if (await catalogue.Occasion(id, ct) is null) return Results.NotFound();
            var (member, error) = await Who(user, current, members, input?.MemberId, ct);
            if (error is not null) return error;
            return Results.Ok(RosterView.Of(await enrolment.SignUp(id, member!, ct)));
        })).WithName("SignUpForCourse");

        occasion.MapDelete("/signups/{memberId:guid}", (Guid id, Guid memberId, ClaimsPrincipal user, AssociationContext current, Members members,
            Enrolment enrolment, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            var (member, error) = await Who(user, current, members, memberId, ct);
            if (error is not null) return error;
            return Results.Ok(new { Cancelled = member!.MemberId, Promoted = await enrolment.Cancel(id, member.MemberId, ct) });
        })).WithName("CancelCourseSignUp");

        occasion.MapGet("/signups", (Guid id, Catalogue catalogue, Enrolment enrolment, CancellationToken ct) => StudiesApi.Run(async () =>
            await catalogue.Occasion(id, ct) is null
                ? Results.NotFound()
                : Results.Ok((await enrolment.Roster(id, ct)).Select(RosterView.Of).ToList())))
            .WithMetadata(StudiesApi.Organiser).WithName("ListCourseSignUps");

        occasion.MapPut("/sessions/{sessionId:guid}/attendance", (Guid id, Guid sessionId, Enrolment enrolment, AttendanceInput input, CancellationToken ct) =>
            StudiesApi.Run(async () =>
            {
                await enrolment.RecordAttendance(id, sessionId, input.Present ?? [], ct);
                return Results.Ok((await enrolment.Roster(id, ct)).Select(RosterView.Of).ToList());
            })).WithMetadata(StudiesApi.Organiser).WithName("RecordCourseAttendance");

        occasion.MapPost("/completions", (Guid id, Enrolment enrolment, CompletionInput input, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            await enrolment.Complete(id, input.SignUpId, input.CompletedOn, ct);
            return Results.Ok((await enrolment.Roster(id, ct)).Select(RosterView.Of).ToList());
        })).WithMetadata(StudiesApi.Organiser).WithName("RecordCompletion");

        occasion.MapDelete("/completions/{signUpId:guid}", (Guid id, Guid signUpId, Enrolment enrolment, CancellationToken ct) => StudiesApi.Run(async () =>
        {
            await enrolment.Uncomplete(id, signUpId, ct);
            return Results.NoContent();
        })).WithMetadata(StudiesApi.Organiser).WithName("RemoveCompletion");

        studies.MapGet("/me", async (ClaimsPrincipal user, Members members, MyStudies mine, CancellationToken ct) =>
            await members.Of(user, ct) is { } me
                ? Results.Ok(await mine.For(me.MemberId, ct))
                : Results.Problem("Ditt konto är inte kopplat till någon medlem i föreningen.", statusCode: StatusCodes.Status404NotFound))
            .WithName("MyCourses");
    }

    /// <summary>
    /// The member a sign-up is for: an organiser (officer or above) may name a member of the association; a member
    /// only themselves, the member their account is linked to.
    /// </summary>
    private static async Task<(MemberCard? Member, IResult? Error)> Who(ClaimsPrincipal user, AssociationContext current, Members members, Guid? requested, CancellationToken ct)
    {
        var isOrganiser = user.RoleIn(current.Required.Id) >= AssociationRole.Officer;
        if (requested is { } named && isOrganiser)
            return await members.Find(named, ct) is { } card ? (card, null)
                : (null, StudiesApi.Problem("memberId", "Ingen medlem i föreningen har det id:t."));
        var own = await members.Of(user, ct);
        if (own is null)
            return (null, StudiesApi.Problem("memberId", "Ditt konto är inte kopplat till någon medlem i föreningen. Be en arrangör anmäla dig."));
        if (requested is { } other && other != own.MemberId)
            return (null, Results.Problem("Bara arrangörer anmäler eller avanmäler andra medlemmar.", statusCode: StatusCodes.Status403Forbidden));
        return (own, null);
    }
}
