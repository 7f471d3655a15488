using Federation.Activities.Domain;
using Federation.Extensions;
using Federation.Platform.Modules;
using Federation.Platform.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Activities.Demo;

/// <summary>
/// The demo's fixed points of the year from the association's plugin (the district's days, Älvsjö-Hägersten's
/// Christmas activity, Solna's budget meetings) within half a year either side of today. Conditional ones
/// ("om intresse finns", "förutsatt att de arrangeras") are left out, so the year wheel shows how those look.
/// </summary>
internal static class DemoExpectedActivities
{
    public static async Task Seed(DemoSeed seed, Calendar calendar, CancellationToken ct)
    {
        var (from, until) = (seed.Today.AddMonths(-6), seed.Today.AddMonths(6));
        var plugins = seed.Services.GetRequiredService<IPluginRules>();
        var points = Enumerable.Range(from.Year, until.Year - from.Year + 1).SelectMany(year =>
            plugins.Ask<IExpectedActivities, List<ExpectedActivity>>(seed.Association.Id, all => all.SelectMany(p => p.In(year)).ToList(), []));
        foreach (var point in points.Where(p => !p.Conditional))
        {
            var first = point.From > from ? point.From : from;
            var last = point.To < until ? point.To : until;
            if (first > last) continue;
            // A single day is that day; in a longer window the first Saturday (Pride's parade, a party, a meeting).
            var date = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(first.AddDays)
                .FirstOrDefault(d => d.DayOfWeek == DayOfWeek.Saturday, first);
            var start = date.ToDateTime(new TimeOnly(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 12 : 17, 0));
            await calendar.Create(new ActivityInput(point.ActivityType ?? ActivityTypes.Social, point.Name.Sv,
                point.ActivityType == ActivityTypes.DistrictEvent ? "Distriktsövergripande dag: alla partiföreningar deltar." : $"Ur verksamhetsplanen: \"{point.Source.Quote}\"",
                start, start.AddHours(3), Place: seed.Association.IsDistrict ? "Stockholm" : null,
                Visibility: point.ActivityType == ActivityTypes.BoardMeeting ? "board" : "public",
                DistrictWide: point.ActivityType == ActivityTypes.DistrictEvent, Tag: point.Tag), ct);
        }
    }
}
