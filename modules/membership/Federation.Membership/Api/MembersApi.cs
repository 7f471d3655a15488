using Federation.Membership.Domain;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Membership.Api;

internal static class MembersApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var members = association.MapGroup("/members").WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer));

        members.MapGet("", async (MemberRegister register, string? q, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var (items, total) = await register.Search(q, p, size, ct);
            return new Page<MemberSummary>(items.Select(MemberSummary.From).ToList(), p, size, total);
        }).WithName("ListMembers");

        members.MapPost("", async (MemberRegister register, NewMember input, CancellationToken ct) =>
        {
            try
            {
                var member = await register.Add(input, ct);
                return Results.Created($"members/{member.Id}", MemberSummary.From(member));
            }
            catch (MemberValidationException e)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["member"] = [.. e.Problems] });
            }
        }).WithMetadata(new RequiresRoleAttribute(AssociationRole.Board)).WithName("AddMember");
    }
}

internal sealed record MemberSummary(Guid Id, string MemberNumber, string FirstName, string LastName, string? Email, DateOnly JoinedOn)
{
    public static MemberSummary From(Member m) => new(m.Id, m.MemberNumber, m.FirstName, m.LastName, m.Email, m.JoinedOn);
}
