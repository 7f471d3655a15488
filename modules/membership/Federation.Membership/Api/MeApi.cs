using System.Security.Claims;
using Federation.Membership.Domain;
using Federation.Membership.Privacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Membership.Api;

/// <summary>A member's own data: see and download (JSON), correct, ask to be erased. Any role may use it for themselves.</summary>
internal static class MeApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var me = association.MapGroup("/me");

        me.MapGet("", async (MemberPrivacy privacy, ClaimsPrincipal user, CancellationToken ct) =>
            await privacy.Me(user, ct) is { } m ? Results.Ok(await privacy.Download(m, ct)) : NotLinked()).WithName("MyData");

        me.MapPut("", (MemberPrivacy privacy, MemberRegister register, ClaimsPrincipal user, SelfCorrection input, CancellationToken ct) =>
            ApiErrors.Guard("member", async () =>
                await privacy.Me(user, ct) is { } m ? Results.Ok(new { changed = await register.Update(m.Id, input.ApplyTo(NewMember.From(m)), cancellationToken: ct) }) : NotLinked()))
            .WithName("CorrectMyData");

        me.MapPost("/erase", (MemberPrivacy privacy, ClaimsPrincipal user, EraseRequest input, CancellationToken ct) => ApiErrors.Guard("erase", async () =>
        {
            if (!input.Confirm) return ApiErrors.Invalid("confirm", ["Confirm the erasure: it cannot be undone."]);
            if (await privacy.Me(user, ct) is not { } m) return NotLinked();
            await privacy.Erase(m.Id, ct);
            return Results.NoContent();
        })).WithName("EraseMe");
    }

    private static IResult NotLinked() =>
        Results.Problem("Your account is not linked to a member of this association; the association's admin links it.",
            statusCode: StatusCodes.Status404NotFound);
}

/// <summary>What members may correct themselves (not member number, dates or tags, which come from the register and the board).</summary>
internal sealed record SelfCorrection(string FirstName, string LastName, string? Email, string? Phone, string? Street, string? PostalCode,
    string? City, int? BirthYear, string? Gender, bool ContactByEmail, bool ContactBySms, bool ContactByPost, bool NonDigital)
{
    public NewMember ApplyTo(NewMember current) => current with
    {
        FirstName = FirstName, LastName = LastName, Email = Email, Phone = Phone, Street = Street, PostalCode = PostalCode,
        City = City, BirthYear = BirthYear, Gender = Gender, ContactByEmail = ContactByEmail, ContactBySms = ContactBySms,
        ContactByPost = ContactByPost, NonDigital = NonDigital,
    };
}

internal sealed record EraseRequest(bool Confirm);
