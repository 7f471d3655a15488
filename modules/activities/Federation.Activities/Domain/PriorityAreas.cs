using Federation.Activities.Storage;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Domain;

/// <summary>The current association's priority areas: its plugin's and those it entered itself.</summary>
internal sealed class PriorityAreaList(ActivitiesDbContext db, IPluginRules plugins)
{
    public async Task<IReadOnlyList<string>> For(string associationId, CancellationToken ct)
    {
        var fromPlugins = plugins.Ask<IPriorityAreas, List<string>>(associationId, all => all.SelectMany(p => p.Areas).ToList(), []);
        var entered = await db.PriorityAreas.Select(a => a.Name).ToListAsync(ct);
        return fromPlugins.Concat(entered).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static bool Matches(IReadOnlyList<string> areas, string? area) =>
        !string.IsNullOrWhiteSpace(area) && areas.Contains(area.Trim(), StringComparer.OrdinalIgnoreCase);
}
