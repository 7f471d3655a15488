using Federation.Activities.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Domain;

/// <summary>What a calendar list asks for: dates are Stockholm dates, both inclusive.</summary>
internal sealed record CalendarFilter(DateOnly From, DateOnly To, string? Type = null, string? Area = null, string? Campaign = null, bool IncludeBoard = false);

/// <summary>An occurrence as lists, pages and feeds show it.</summary>
internal sealed record ActivityView(
    Guid Id, Guid CalendarId, string Type, string Title, string? Description,
    DateTimeOffset Start, DateTimeOffset End, DateOnly Date, string? Place, string? Area, bool InPriorityArea,
    string? Organiser, int? MinParticipants, int? MaxParticipants, bool Childcare, bool KeepSpeakerStatistics,
    string? Campaign, string Visibility, IReadOnlyList<string> CoHosts, bool DistrictWide, string? HostAssociationId,
    Guid? SeriesId, bool EditedByHand, bool Cancelled, bool Held, int Confirmed, int Waiting, DateTime UpdatedAt, int Attended, int NoShows,
    string? Tag)
{
    public static ActivityView From(Activity a, int confirmed = 0, int waiting = 0) => new(
        a.Id, a.CalendarId, a.Type, a.Title, a.Description, StockholmTime.ToOffset(a.StartUtc), StockholmTime.ToOffset(a.EndUtc),
        a.LocalDate, a.Place, a.Area, a.InPriorityArea, a.Organiser, a.MinParticipants, a.MaxParticipants, a.Childcare,
        a.KeepSpeakerStatistics, a.Campaign, a.Visibility.ToString().ToLowerInvariant(), a.CoHostIds, a.DistrictWide,
        a.HostAssociationId, a.SeriesId, a.EditedByHand, a.Cancelled, a.Held, confirmed, waiting,
        DateTime.SpecifyKind(a.UpdatedAt, DateTimeKind.Utc), a.Attended, a.NoShows, a.Tag);
}

/// <summary>Reads the current association's calendar.</summary>
internal sealed class CalendarQuery(ActivitiesDbContext db, CalendarCopies copies, Federation.Platform.Tenancy.AssociationContext association)
{
    /// <summary>Before an association's own calendar is shown: district-wide days it lacks are copied in (see <see cref="CalendarCopies.CatchUpDistrictDays"/>).</summary>
    public async Task CatchUp(CancellationToken ct)
    {
        try
        {
            await copies.CatchUpDistrictDays(db, association.Required, ct);
        }
        catch (DbUpdateException)
        {
            // Another request copied the same day at the same moment (unique per association and source).
            db.ChangeTracker.Clear();
        }
    }

    public IQueryable<Activity> Matching(CalendarFilter f)
    {
        var query = db.Activities.AsNoTracking().Where(a => a.LocalDate >= f.From && a.LocalDate <= f.To);
        if (!f.IncludeBoard) query = query.Where(a => a.Visibility != Visibility.Board);
        if (!string.IsNullOrWhiteSpace(f.Type)) query = query.Where(a => a.Type == f.Type);
        if (!string.IsNullOrWhiteSpace(f.Area)) query = query.Where(a => a.Area == f.Area);
        if (!string.IsNullOrWhiteSpace(f.Campaign)) query = query.Where(a => a.Campaign == f.Campaign);
        return query.OrderBy(a => a.StartUtc).ThenBy(a => a.Id);
    }

    public async Task<(IReadOnlyList<ActivityView> Items, int Total)> Page(CalendarFilter filter, int page, int size, CancellationToken ct)
    {
        await CatchUp(ct);
        var query = Matching(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return (await WithCounts(items, ct), total);
    }

    public async Task<IReadOnlyList<ActivityView>> WithCounts(IReadOnlyList<Activity> items, CancellationToken ct)
    {
        var ids = items.Select(a => a.Id).ToList();
        var counts = await db.SignUps.AsNoTracking().Where(s => ids.Contains(s.ActivityId) && s.Status != SignUpStatus.Cancelled)
            .GroupBy(s => new { s.ActivityId, s.Status }).Select(g => new { g.Key.ActivityId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        int Count(Guid id, SignUpStatus status) => counts.FirstOrDefault(c => c.ActivityId == id && c.Status == status)?.Count ?? 0;
        return items.Select(a => ActivityView.From(a, Count(a.Id, SignUpStatus.Confirmed), Count(a.Id, SignUpStatus.Waiting))).ToList();
    }
}
