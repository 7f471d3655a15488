using Federation.Activities.Contracts;
using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Domain;

/// <summary>A recurring series as a board enters it: a rule (plugin id or built-in) and what each occurrence looks like.</summary>
internal sealed record SeriesInput(
    string? Rule,
    DateOnly? From,
    DateOnly? Until,
    string? Type = null,
    string? Title = null,
    string? Description = null,
    string? Place = null,
    string? Area = null,
    TimeOnly? StartTime = null,
    int? DurationMinutes = null,
    string? Weekday = null,
    int? DayOfMonth = null,
    int? Ordinal = null,
    int? MaxParticipants = null,
    bool Childcare = false,
    string? Campaign = null,
    string? Visibility = null);

/// <summary>
/// Generates a series' occurrences and keeps them in step with its rule. Occurrences are rows of
/// their own, so one can be moved or cancelled without touching the others; a changed rule
/// regenerates only future occurrences nobody edited (seed 001: the 15th's activity varies "på olika
/// veckodagar, tider och platser", so hand edits must survive).
/// </summary>
internal sealed class SeriesPlanner(ActivitiesDbContext db, AssociationContext association, Recurrence recurrence, PriorityAreaList priorityAreas, TimeProvider clock)
{
    /// <summary>A series covers at most this long, so a typo cannot fill the calendar for decades.</summary>
    private const int MaxDays = 3 * 366;

    public async Task<(ActivitySeries Series, int Occurrences)> Create(SeriesInput input, CancellationToken ct)
    {
        var series = new ActivitySeries { Id = Guid.NewGuid(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(series, input);
        db.Series.Add(series);
        var count = await Regenerate(series, DateOnly.MinValue, ct);
        await db.SaveChangesAsync(ct);
        return (series, count);
    }

    public async Task<(ActivitySeries Series, int Occurrences)> Change(Guid id, SeriesInput input, CancellationToken ct)
    {
        var series = await db.Series.FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new KeyNotFoundException(T($"Serien {id} finns inte i kalendern.", $"No series {id} in this calendar."));
        Apply(series, input);
        var count = await Regenerate(series, StockholmTime.Today(clock), ct);
        await db.SaveChangesAsync(ct);
        return (series, count);
    }

    /// <summary>
    /// From <paramref name="from"/> on: unedited occurrences the rule no longer gives are removed
    /// (cancelled if someone signed up), the others follow the series' time and place, new dates are
    /// added. Returns how many occurrences the series has in total.
    /// </summary>
    private async Task<int> Regenerate(ActivitySeries series, DateOnly from, CancellationToken ct)
    {
        var areas = await priorityAreas.MatchKeys(association.Required.Id, ct);
        var dates = recurrence.Dates(association.Required.Id, series, from < series.From ? series.From : from, series.Until).ToHashSet();
        var existing = await db.Activities.Where(a => a.SeriesId == series.Id).ToListAsync(ct);
        var signedUp = (await db.SignUps.Where(s => existing.Select(a => a.Id).Contains(s.ActivityId)).Select(s => s.ActivityId).ToListAsync(ct)).ToHashSet();
        foreach (var occurrence in existing.Where(a => a.SeriesDate >= from && !a.EditedByHand && !a.Held))
        {
            if (dates.Remove(occurrence.SeriesDate!.Value))
            {
                var before = Calendar.Changed(occurrence);
                Fill(occurrence, series, occurrence.SeriesDate.Value, areas);
                if (Calendar.Changed(occurrence) != before) db.Publish(Calendar.Changed(occurrence));
            }
            else if (signedUp.Contains(occurrence.Id))
            {
                if (occurrence.Cancelled) continue;
                occurrence.Cancelled = true;
                db.Publish(new ActivityCancelled(occurrence.AssociationId, occurrence.Id, occurrence.Type, StockholmTime.ToOffset(occurrence.StartUtc)));
            }
            else
            {
                db.Activities.Remove(occurrence);
                if (!occurrence.Cancelled)
                    db.Publish(new ActivityCancelled(occurrence.AssociationId, occurrence.Id, occurrence.Type, StockholmTime.ToOffset(occurrence.StartUtc)));
            }
        }
        // Dates still in the set are new, unless an edited occurrence already stands for them.
        foreach (var date in dates.Except(existing.Select(a => a.SeriesDate!.Value)).Order())
        {
            var occurrence = new Activity { Id = Guid.NewGuid(), AssociationId = association.Required.Id, SeriesId = series.Id, SeriesDate = date, CreatedAt = clock.GetUtcNow().UtcDateTime };
            Fill(occurrence, series, date, areas);
            db.Activities.Add(occurrence);
            db.Publish(Calendar.Scheduled(occurrence, series.Rule));
        }
        return db.ChangeTracker.Entries<Activity>().Count(e => e.Entity.SeriesId == series.Id && e.State != EntityState.Deleted);
    }

    private void Fill(Activity a, ActivitySeries s, DateOnly date, IReadOnlyList<string> areas)
    {
        // Local wall-clock time each day: 18:30 stays 18:30 across the DST changes.
        a.StartUtc = StockholmTime.ToUtc(date, s.StartTime);
        a.EndUtc = StockholmTime.InStockholm(a.StartUtc).LocalDateTime.PlusMinutes(s.DurationMinutes)
            .InZoneLeniently(StockholmTime.Zone).ToDateTimeUtc();
        a.LocalDate = date;
        a.Type = s.Type;
        a.Title = s.Title;
        a.Description = s.Description;
        a.Place = s.Place;
        a.Area = s.Area;
        a.InPriorityArea = PriorityAreaList.Matches(areas, s.Area);
        a.MaxParticipants = s.MaxParticipants;
        a.Childcare = s.Childcare;
        a.Campaign = s.Campaign;
        a.Visibility = s.Visibility;
        a.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private void Apply(ActivitySeries series, SeriesInput input)
    {
        var problems = new Problems();
        var rule = string.IsNullOrWhiteSpace(input.Rule) ? null : recurrence.Find(association.Required.Id, input.Rule);
        if (string.IsNullOrWhiteSpace(input.Rule)) problems.Add("rule", T("Välj en regel.", "The rule is required."));
        else if (rule is null)
            problems.Add("rule", T($"Okänd regel ”{input.Rule}”; föreningen har: {string.Join(", ", recurrence.Rules(association.Required.Id).Select(r => r.Id))}.", $"Unknown rule '{input.Rule}'; this association has: {string.Join(", ", recurrence.Rules(association.Required.Id).Select(r => r.Id))}."));
        if (input.From is null) problems.Add("from", T("Ange första datum.", "The first date is required."));
        if (input.Until is null) problems.Add("until", T("Ange sista datum.", "The last date is required."));
        if (input.From is { } f && input.Until is { } u)
        {
            if (u < f) problems.Add("until", T("Sista datumet ligger före det första.", "The last date is before the first."));
            else if (u.DayNumber - f.DayNumber > MaxDays) problems.Add("until", T("En serie omfattar högst tre år.", "A series covers at most three years."));
        }
        var type = input.Type ?? rule?.ActivityType;
        if (type is null) problems.Add("type", T("Välj aktivitetstyp.", "The activity type is required."));
        else if (!KnownActivityTypes.All.Contains(type)) problems.Add("type", T($"Okänd aktivitetstyp ”{type}”.", $"Unknown activity type '{type}'."));
        var title = input.Title ?? rule?.Name.Sv;
        if (string.IsNullOrWhiteSpace(title)) problems.Add("title", T("Ange en rubrik.", "The title is required."));
        var start = input.StartTime ?? rule?.DefaultStart;
        if (start is null) problems.Add("startTime", T("Ange när aktiviteten börjar.", "The start time is required."));
        var duration = input.DurationMinutes ?? (int?)rule?.DefaultDuration?.TotalMinutes;
        if (duration is null or < 1 or > 24 * 60) problems.Add("durationMinutes", T("Längden måste vara mellan 1 minut och 24 timmar.", "The duration must be between 1 minute and 24 hours."));
        if (input.MaxParticipants is < 1) problems.Add("maxParticipants", T("Högsta antalet deltagare måste vara minst 1.", "The maximum number of participants must be at least 1."));
        var visibility = Visibility.Members;
        if (input.Visibility is { } v && !Enum.TryParse(v, ignoreCase: true, out visibility))
            problems.Add("visibility", T($"Okänd synlighet ”{v}”; använd members (medlemmar), public (alla) eller board (styrelsen).", $"Unknown visibility '{v}'; use members, public or board."));
        DayOfWeek? weekday = null;
        if (input.Weekday is { } w)
        {
            if (Enum.TryParse<DayOfWeek>(w, ignoreCase: true, out var day) && !int.TryParse(w, out _)) weekday = day;
            else problems.Add("weekday", T($"Okänd veckodag ”{w}”; använd monday … sunday.", $"Unknown weekday '{w}'; use monday … sunday."));
        }
        switch (input.Rule)
        {
            case Recurrence.Weekly when weekday is null:
                problems.Add("weekday", T("En veckoserie behöver en veckodag.", "A weekly series needs a weekday."));
                break;
            case Recurrence.MonthlyOnDay when input.DayOfMonth is null or < 1 or > 31:
                problems.Add("dayOfMonth", T("En månadsserie på en dag behöver en dag i månaden (1–31).", "A monthly series on a day needs a day of the month (1–31)."));
                break;
            case Recurrence.MonthlyOnWeekday when weekday is null || input.Ordinal is not (-1 or (>= 1 and <= 5)):
                problems.Add("ordinal", T("En månadsserie på en veckodag behöver en veckodag och vilken i ordningen (1–5, eller -1 för den sista).", "A monthly series on a weekday needs a weekday and an ordinal (1–5, or -1 for the last)."));
                break;
        }
        problems.ThrowIfAny();

        series.Rule = input.Rule!;
        series.Weekday = weekday;
        series.DayOfMonth = input.DayOfMonth;
        series.Ordinal = input.Ordinal;
        series.From = input.From!.Value;
        series.Until = input.Until!.Value;
        series.Type = type!;
        series.Title = title!.Trim();
        series.Description = input.Description;
        series.Place = input.Place;
        series.Area = input.Area;
        series.StartTime = start!.Value;
        series.DurationMinutes = duration!.Value;
        series.MaxParticipants = input.MaxParticipants;
        series.Childcare = input.Childcare;
        series.Campaign = input.Campaign;
        series.Visibility = visibility;
    }
}
