using System.Security.Claims;
using Federation.Activities.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Domain;

/// <summary>The start page's calendar part: the next activities the person may see, and what they signed up for.</summary>
internal sealed class PersonalActivities(ActivitiesDbContext db, Members members, AssociationContext association, TimeProvider clock) : IPersonalItems
{
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(28);

    public string Module => ActivitiesDbContext.Module;

    public async Task<IReadOnlyList<PersonalItem>> For(ClaimsPrincipal person, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var isBoard = person.RoleIn(association.Required.Id) >= AssociationRole.Board;
        var coming = await db.Activities.AsNoTracking()
            .Where(a => !a.Cancelled && a.StartUtc >= now && a.StartUtc < now + Ahead && (isBoard || a.Visibility != Visibility.Board))
            .OrderBy(a => a.StartUtc).Take(6).ToListAsync(cancellationToken);
        var items = coming.Select(a => Item(PersonalItemKind.ComingUp, a, a.Title)).ToList();

        if (await members.Of(person, cancellationToken) is { } me)
        {
            var mine = await db.SignUps.AsNoTracking().Where(s => s.MemberId == me && s.Status != SignUpStatus.Cancelled)
                .Join(db.Activities.Where(a => !a.Cancelled && a.StartUtc >= now), s => s.ActivityId, a => a.Id, (s, a) => new { s.Status, Activity = a })
                .OrderBy(x => x.Activity.StartUtc).Take(10).ToListAsync(cancellationToken);
            items.AddRange(mine.Select(x => Item(PersonalItemKind.SignedUp, x.Activity,
                x.Status == SignUpStatus.Waiting ? Text.T($"{x.Activity.Title} (på väntelistan)", $"{x.Activity.Title} (waiting list)") : x.Activity.Title)));
        }
        return items;
    }

    private static PersonalItem Item(PersonalItemKind kind, Activity a, string text) =>
        new(kind, text, $"activities/{a.Id}", new DateTimeOffset(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc)));
}
