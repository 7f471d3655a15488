using System.Security.Claims;
using Federation.Membership.Api;
using Federation.Membership.Domain;
using Federation.Membership.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Membership.Calls;

/// <summary>The start page's membership tasks for an officer: call assignments with people left to call, new members' steps that are due.</summary>
internal sealed class PersonalTasks(MembershipDbContext db, CallQueue queue, AssociationContext association,
    [FromKeyedServices(MembershipClock.Key)] TimeProvider clock) : IPersonalItems
{
    public string Module => MembershipDbContext.Module;

    public async Task<IReadOnlyList<PersonalItem>> For(ClaimsPrincipal person, CancellationToken cancellationToken = default)
    {
        if (person.RoleIn(association.Required.Id) < AssociationRole.Officer) return [];
        var items = new List<PersonalItem>();
        var caller = CallsApi.Caller(person);
        foreach (var assignment in (await queue.Assignments(cancellationToken)).Where(a => CallQueue.MayCall(a, caller)))
        {
            var left = (await queue.Progress(assignment.Id, cancellationToken)).Left;
            if (left > 0)
                items.Add(new(PersonalItemKind.Task, Text.T($"Ring: {assignment.Title} ({left} kvar)", $"Call: {assignment.Title} ({left} left)"), $"calls/{assignment.Id}"));
        }
        var today = clock.Today();
        var due = await db.Onboarding.AsNoTracking().CountAsync(t => t.DoneAt == null && t.DueOn <= today, cancellationToken);
        if (due > 0)
            items.Add(new(PersonalItemKind.Task, Text.T($"Nya medlemmar: {due} steg att göra", $"New members: {due} steps due"), "onboarding"));
        return items;
    }
}
