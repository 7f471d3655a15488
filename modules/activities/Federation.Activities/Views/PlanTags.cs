using Federation.Extensions;
using Federation.Platform.Plugins;

namespace Federation.Activities.Views;

/// <summary>
/// The tags an association's plan asks the board to put on activities (<see cref="ExpectedActivity.Tag"/>): a point
/// such as Solna's "medlemsdagar i Syninge" (seed 002) is met by the activity the board marked, not by a word of its
/// title, which a "Syningepromenad" or a trip planned elsewhere would get wrong.
/// </summary>
internal sealed class PlanTags(IPluginRules plugins)
{
    /// <summary>Tag → its name, from the points the plan expects in the given years.</summary>
    public IReadOnlyDictionary<string, string> For(string associationId, params int[] years) =>
        plugins.Ask<IExpectedActivities, List<ExpectedActivity>>(associationId, all => years.SelectMany(y => all.SelectMany(p => p.In(y))).ToList(), [])
            .Where(e => e.Tag is not null)
            .GroupBy(e => e.Tag!)
            .ToDictionary(g => g.Key, g => g.First().Name.ToString());
}
