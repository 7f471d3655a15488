using System.Security.Claims;
using Federation.Board.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Domain;

/// <summary>The start page's board tasks: minutes of held meetings not yet approved, decisions whose follow-up is due.</summary>
internal sealed class PersonalBoardTasks(BoardDbContext db, AssociationContext association, TimeProvider clock) : IPersonalItems
{
    public string Module => BoardDbContext.Module;

    public async Task<IReadOnlyList<PersonalItem>> For(ClaimsPrincipal person, CancellationToken cancellationToken = default)
    {
        if (person.RoleIn(association.Required.Id) < AssociationRole.Board) return [];
        var today = Stockholm.Today(clock);
        var unapproved = await db.Meetings.AsNoTracking().Where(m => m.Date <= today && m.ApprovedOn == null)
            .OrderBy(m => m.Date).Take(5).ToListAsync(cancellationToken);
        var items = unapproved.Select(m => new PersonalItem(PersonalItemKind.Task,
            Text.T($"Justera protokollet: {m.Title} ({m.Date:yyyy-MM-dd})", $"Approve the minutes: {m.Title} ({m.Date:yyyy-MM-dd})"), $"meetings/{m.Id}/minutes")).ToList();
        var due = await db.Decisions.AsNoTracking().Where(d => d.DoneOn == null && d.DueOn != null && d.DueOn <= today)
            .OrderBy(d => d.DueOn).Take(5).ToListAsync(cancellationToken);
        items.AddRange(due.Select(d => new PersonalItem(PersonalItemKind.Task,
            Text.T($"Följ upp beslut (senast {d.DueOn:yyyy-MM-dd}): {d.Text}", $"Follow up a decision (due {d.DueOn:yyyy-MM-dd}): {d.Text}"), $"meetings/{d.MeetingId}/minutes")));
        return items;
    }
}
