using Federation.Activities.Domain;
using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Activities.Views;

/// <summary>An occurrence in the district's combined calendar, with the association it belongs to.</summary>
internal sealed record DistrictOccurrence(string AssociationId, string AssociationName, ActivityView Activity);

/// <summary>
/// The district's view of every association's calendar (not board-only activities). Each association
/// is read in a scope entered into it, so storage isolation holds; copies of district-wide days are
/// skipped so each day shows once.
/// </summary>
internal sealed class DistrictCalendar(IServiceScopeFactory scopes, IAssociationDirectory directory)
{
    public async Task<IReadOnlyList<DistrictOccurrence>> List(CalendarFilter filter, CancellationToken ct)
    {
        var all = new List<DistrictOccurrence>();
        foreach (var association in directory.All.Where(a => a.Enables(ActivitiesDbContext.Module)))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
            var query = scope.ServiceProvider.GetRequiredService<CalendarQuery>();
            var rows = await query.Matching(filter with { IncludeBoard = false }).Where(a => a.SourceActivityId == null).ToListAsync(ct);
            all.AddRange(rows.Select(a => new DistrictOccurrence(association.Id, association.Name, ActivityView.From(a))));
        }
        return all.OrderBy(o => o.Activity.Start).ThenBy(o => o.AssociationId).ToList();
    }
}
