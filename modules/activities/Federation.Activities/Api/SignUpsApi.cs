using Federation.Activities.Contracts;
using Federation.Activities.Domain;
using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Api;

/// <summary>Who is booked (<see cref="MemberId"/> only for an organiser booking someone else).</summary>
internal sealed record SignUpInput(Guid? MemberId);

/// <summary>Attendance as entered: outcome is attended, no-show or cancelled.</summary>
internal sealed record AttendanceInput(IReadOnlyList<MarkInput>? Marks);

internal sealed record MarkInput(Guid MemberId, string? Outcome);

internal sealed record SignUpView(Guid MemberId, string Name, string Status, int Position, string? Attendance);

/// <summary>Sign-ups, the waiting list and attendance.</summary>
internal static class SignUpsApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var signUps = association.MapGroup("/activities/{id:guid}");

        signUps.MapGet("/signups", async (Guid id, ActivitiesDbContext db, Members members, CancellationToken ct) =>
        {
            var list = await db.SignUps.AsNoTracking().Where(s => s.ActivityId == id).OrderBy(s => s.Position).ToListAsync(ct);
            var name = await members.NamesFor(list.Select(s => s.MemberId), "sign-up list", ct);
            return list.Select(s => new SignUpView(s.MemberId, name(s.MemberId), s.Status.ToString().ToLowerInvariant(), s.Position,
                s.Attendance?.ToString().ToLowerInvariant())).ToList();
        }).WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("ListSignUps");

        signUps.MapPost("/signups", (Guid id, HttpContext http, AssociationContext current, Members members, SignUps service, SignUpInput? input, CancellationToken ct) =>
            ActivitiesApi.Run(async () =>
            {
                var member = await Who(http, current, members, input?.MemberId, ct);
                if (member.Error is { } error) return error;
                var signUp = await service.SignUp(id, member.Id, ct);
                return Results.Ok(new SignUpView(signUp.MemberId, await members.NameOf(signUp.MemberId, ct), signUp.Status.ToString().ToLowerInvariant(), signUp.Position, null));
            })).WithName("SignUpForActivity");

        signUps.MapDelete("/signups/{memberId:guid}", (Guid id, Guid memberId, HttpContext http, AssociationContext current, Members members, SignUps service, CancellationToken ct) =>
            ActivitiesApi.Run(async () =>
            {
                var member = await Who(http, current, members, memberId, ct);
                if (member.Error is { } error) return error;
                var promoted = await service.Cancel(id, member.Id, ct);
                return Results.Ok(new { Cancelled = member.Id, Promoted = promoted });
            })).WithName("CancelSignUp");

        signUps.MapPost("/attendance", (Guid id, SignUps service, AttendanceInput input, CancellationToken ct) => ActivitiesApi.Run(async () =>
        {
            var marks = new List<AttendanceMark>();
            foreach (var mark in input.Marks ?? [])
            {
                if (Outcome(mark.Outcome) is not { } outcome)
                    return ActivitiesApi.Problem("marks", T($"Okänt utfall ”{mark.Outcome}” för {mark.MemberId}; använd attended, no-show eller cancelled.", $"Unknown outcome '{mark.Outcome}' for {mark.MemberId}; use attended, no-show or cancelled."));
                marks.Add(new(mark.MemberId, outcome));
            }
            var activity = await service.RecordAttendance(id, marks, ct);
            return Results.Ok(new { activity.Id, activity.Attended, activity.NoShows });
        })).WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer)).WithName("RecordAttendance");
    }

    private static AttendanceOutcome? Outcome(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "attended" => AttendanceOutcome.Attended,
        "no-show" or "noshow" => AttendanceOutcome.NoShow,
        "cancelled" => AttendanceOutcome.Cancelled,
        _ => null,
    };

    /// <summary>
    /// The member a sign-up is for: an organiser (officer or above) may name anyone; a member only
    /// themselves, found through the member directory by the account's email.
    /// </summary>
    private static async Task<(Guid Id, IResult? Error)> Who(HttpContext http, AssociationContext current, Members members, Guid? requested, CancellationToken ct)
    {
        var isOrganiser = http.User.RoleIn(current.Required.Id) >= AssociationRole.Officer;
        if (requested is { } named && isOrganiser) return (named, null);
        var own = await members.Of(http.User, ct);
        if (own is null)
            return (Guid.Empty, ActivitiesApi.Problem("memberId", T("Ditt konto är inte kopplat till någon medlem i föreningen; be en arrangör anmäla dig.", "Your account is not linked to a member of this association; ask an organiser to book you.")));
        if (requested is { } other && other != own)
            return (Guid.Empty, Results.Problem(T("Bara arrangörer anmäler eller avanmäler andra medlemmar.", "Only organisers book or cancel for other members."), statusCode: StatusCodes.Status403Forbidden));
        return (own.Value, null);
    }
}
