using Federation.Activities.Domain;
using Federation.Activities.Storage;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Views;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ExpectedStatus>))]
internal enum ExpectedStatus
{
    /// <summary>An activity matched and has started.</summary>
    Held,

    /// <summary>An activity matched and is still to come.</summary>
    Planned,

    /// <summary>Nothing matched and the window is open or ahead: there is still time.</summary>
    NotYetPlanned,

    /// <summary>Nothing matched, the window has passed, and the seed made it conditional ("om intresse finns").</summary>
    NotArranged,

    /// <summary>Nothing matched and the window has passed: the plan was not followed.</summary>
    Missed,
}

/// <summary>One expected activity of the year with the calendar activity that meets it, if any.</summary>
internal sealed record ExpectedActivityView(
    string Id, string Name, string SeedFile, string Quote, DateOnly From, DateOnly To, bool Conditional,
    ExpectedStatus Status, Guid? ActivityId, string? ActivityTitle, DateOnly? ActivityDate);

/// <summary>
/// The activities the association's plan expects in a year (its plugin's <see cref="IExpectedActivities"/>)
/// matched against its own calendar: not cancelled, not a copy of another association's activity, and board-only
/// only for a point that asks for a board meeting (whose title and link only the board sees). Each calendar activity
/// meets one expectation at most, taken in the plugin's order (tagged points first), earliest first; a tagged point
/// is met only by an activity carrying its tag.
/// </summary>
internal sealed class ExpectedActivities(ActivitiesDbContext db, IPluginRules plugins, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExpectedActivityView>> For(string associationId, int year, bool boardSees, CancellationToken ct = default)
    {
        var expected = plugins.Ask<IExpectedActivities, List<ExpectedActivity>>(associationId,
            all => all.SelectMany(p => p.In(year)).ToList(), []);
        if (expected.Count == 0) return [];
        var first = expected.Min(e => e.From);
        var last = expected.Max(e => e.To);
        var candidates = await db.Activities.AsNoTracking()
            .Where(a => !a.Cancelled && a.SourceActivityId == null && a.LocalDate >= first && a.LocalDate <= last)
            .OrderBy(a => a.StartUtc)
            .Select(a => new { a.Id, a.Type, a.Title, a.LocalDate, a.StartUtc, a.Tag, BoardOnly = a.Visibility == Visibility.Board }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = StockholmTime.Today(clock);
        var taken = new HashSet<Guid>();
        var matches = new Dictionary<ExpectedActivity, Guid>();
        // Tagged points first: the activity the board marked for a point is not spent on an untagged one.
        foreach (var e in expected.OrderBy(e => e.Tag is null))
        {
            var found = candidates.FirstOrDefault(a => !taken.Contains(a.Id) && a.LocalDate >= e.From && a.LocalDate <= e.To
                && (!a.BoardOnly || e.ActivityType == ActivityTypes.BoardMeeting)
                && (e.ActivityType is null || a.Type == e.ActivityType)
                && (e.TitleContains is null || a.Title.Contains(e.TitleContains, StringComparison.OrdinalIgnoreCase))
                && (e.Tag is null || a.Tag == e.Tag));
            if (found is null) continue;
            taken.Add(found.Id);
            matches[e] = found.Id;
        }
        var views = new List<ExpectedActivityView>();
        foreach (var e in expected)
        {
            var match = matches.TryGetValue(e, out var id) ? candidates.First(a => a.Id == id) : null;
            var status = match is not null ? (match.StartUtc <= now ? ExpectedStatus.Held : ExpectedStatus.Planned)
                : e.To >= today ? ExpectedStatus.NotYetPlanned
                : e.Conditional ? ExpectedStatus.NotArranged : ExpectedStatus.Missed;
            var shown = match is not null && (boardSees || !match.BoardOnly) ? match : null;
            views.Add(new(e.Id, e.Name.ToString(), e.Source.File, e.Source.Quote, e.From, e.To, e.Conditional, status,
                shown?.Id, shown?.Title, shown?.LocalDate));
        }
        return views;
    }
}
