using Federation.Membership.Onboarding;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Membership.Api;

internal static class OnboardingApi
{
    public static void Map(IEndpointRouteBuilder association)
    {
        var onboarding = association.MapGroup("/onboarding").WithMetadata(new RequiresRoleAttribute(AssociationRole.Officer));

        onboarding.MapGet("", async (OnboardingBoard board, bool? overdue, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (p, size) = Paging.Normalize(page, pageSize);
            var (items, total) = await board.Open(overdue ?? false, p, size, ct);
            return new Page<OnboardingItem>(items, p, size, total);
        }).WithName("ListOnboarding");

        onboarding.MapPost("/{id:guid}/done", async (OnboardingBoard board, Guid id, CancellationToken ct) =>
            await board.Tick(id, ct) ? Results.NoContent() : Results.NotFound()).WithName("TickOnboardingStep");
    }
}
