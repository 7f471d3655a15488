using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Activities.Domain;

/// <summary>One association's activities in its priority areas in a year.</summary>
internal sealed record PriorityAreaCount(string AssociationId, string Name, IReadOnlyList<string> Areas, int Held, int Months, bool Regular);

/// <summary>The district's view: how many associations hold regular activities in their priority areas.</summary>
internal sealed record PriorityAreaReport(int Year, IReadOnlyList<PriorityAreaCount> Associations, int RegularCount, bool GoalMet);

/// <summary>
/// Seed 003: "Verka för att minst hälften av geografiska såväl som branschföreningar har regelbundna
/// aktiviteter i områden som partiföreningarna prioriterat". The seed does not define "regular"; we
/// count an association as regular when it held priority-area activities in at least
/// <see cref="RegularMonths"/> different months of the year. Held = started, not cancelled, its own.
/// Each association is read in a scope entered into it, so storage isolation holds.
/// </summary>
internal sealed class PriorityReport(IServiceScopeFactory scopes, IAssociationDirectory directory, TimeProvider clock)
{
    public const int RegularMonths = 4;

    public async Task<PriorityAreaReport> For(int year, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var rows = new List<PriorityAreaCount>();
        foreach (var association in directory.All.Where(a => !a.IsDistrict && a.Enables(ActivitiesDbContext.Module)))
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
            var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
            var areas = await scope.ServiceProvider.GetRequiredService<PriorityAreaList>().For(association.Id, ct);
            var dates = await db.Activities.AsNoTracking()
                .Where(a => a.InPriorityArea && !a.Cancelled && a.SourceActivityId == null && a.LocalDate >= first && a.LocalDate <= last && a.StartUtc <= now)
                .Select(a => a.LocalDate).ToListAsync(ct);
            var months = dates.Select(d => d.Month).Distinct().Count();
            rows.Add(new(association.Id, association.Name, areas, dates.Count, months, months >= RegularMonths));
        }
        var regular = rows.Count(r => r.Regular);
        return new(year, rows, regular, rows.Count > 0 && regular * 2 >= rows.Count);
    }
}
