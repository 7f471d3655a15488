using Federation.Activities.Contracts;
using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Domain;

/// <summary>Puts activities in the current association's calendar, changes and cancels them, and publishes what happened.</summary>
internal sealed class Calendar(
    ActivitiesDbContext db, AssociationContext association, IAssociationDirectory directory,
    PriorityAreaList priorityAreas, CalendarCopies copies, Views.PlanTags planTags, TimeProvider clock)
{
    public async Task<Activity> Create(ActivityInput input, CancellationToken ct)
    {
        // The association is set now, not at save, because the events below carry it.
        var activity = new Activity { Id = Guid.NewGuid(), AssociationId = association.Required.Id, CreatedAt = clock.GetUtcNow().UtcDateTime };
        await Apply(activity, input, ct);
        db.Activities.Add(activity);
        db.Publish(Scheduled(activity));
        await db.SaveChangesAsync(ct);
        await copies.Sync(activity, [], ct);
        return activity;
    }

    public async Task<Activity> Edit(Guid id, ActivityInput input, CancellationToken ct)
    {
        var activity = await Own(id, ct);
        var before = copies.Targets(activity);
        await Apply(activity, input, ct);
        if (activity.SeriesId is not null) activity.EditedByHand = true;
        db.Publish(Changed(activity));
        await db.SaveChangesAsync(ct);
        await copies.Sync(activity, before, ct);
        return activity;
    }

    public async Task<Activity> Cancel(Guid id, CancellationToken ct)
    {
        var activity = await Own(id, ct);
        if (activity.Cancelled) return activity;
        activity.Cancelled = true;
        activity.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (activity.SeriesId is not null) activity.EditedByHand = true;
        db.Publish(new ActivityCancelled(activity.AssociationId, activity.Id, activity.Type, StockholmTime.ToOffset(activity.StartUtc)));
        await db.SaveChangesAsync(ct);
        await copies.Sync(activity, copies.Targets(activity), ct);
        return activity;
    }

    /// <summary>An activity this association organises; copies of others' activities are changed where they belong.</summary>
    public async Task<Activity> Own(Guid id, CancellationToken ct)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new KeyNotFoundException(T($"Aktiviteten {id} finns inte i kalendern.", $"No activity {id} in this calendar."));
        if (activity.IsCopy)
            throw ActivityValidationException.One("activity",
                T($"Aktiviteten arrangeras av {activity.HostAssociationId}; ändra den i den föreningens kalender.", $"The activity is organised by '{activity.HostAssociationId}'; change it in that association's calendar."));
        return activity;
    }

    private async Task Apply(Activity activity, ActivityInput input, CancellationToken ct)
    {
        var current = association.Required;
        var problems = new Problems();
        if (string.IsNullOrWhiteSpace(input.Type)) problems.Add("type", T("Välj aktivitetstyp.", "The activity type is required."));
        else if (!KnownActivityTypes.All.Contains(input.Type))
            problems.Add("type", T($"Okänd aktivitetstyp ”{input.Type}”; välj en av: {string.Join(", ", KnownActivityTypes.All)}.", $"Unknown activity type '{input.Type}'; use one of: {string.Join(", ", KnownActivityTypes.All)}."));
        if (string.IsNullOrWhiteSpace(input.Title)) problems.Add("title", T("Ange en rubrik.", "The title is required."));
        else if (input.Title.Length > 200) problems.Add("title", T("Rubriken är längre än 200 tecken.", "The title is longer than 200 characters."));
        if (input.Start is null) problems.Add("start", T("Ange när aktiviteten börjar.", "The start time is required."));
        if (input.End is null) problems.Add("end", T("Ange när aktiviteten slutar.", "The end time is required."));
        DateTime start = default, end = default;
        if (input.Start is { } s && input.End is { } e)
        {
            start = StockholmTime.ToUtc(s);
            end = StockholmTime.ToUtc(e);
            if (end <= start) problems.Add("end", T("Slutet måste ligga efter starten.", "The end must be after the start."));
            else if (end - start > TimeSpan.FromDays(14)) problems.Add("end", T("En aktivitet pågår högst 14 dagar.", "An activity lasts at most 14 days."));
        }
        if (input.MinParticipants is < 0) problems.Add("minParticipants", T("Minsta antalet deltagare kan inte vara negativt.", "The minimum number of participants cannot be negative."));
        if (input.MaxParticipants is < 1) problems.Add("maxParticipants", T("Högsta antalet deltagare måste vara minst 1.", "The maximum number of participants must be at least 1."));
        if (input.MinParticipants is { } min && input.MaxParticipants is { } max && max < min)
            problems.Add("maxParticipants", T($"Högsta antalet deltagare ({max}) är mindre än minsta ({min}).", $"The maximum ({max}) is smaller than the minimum ({min})."));
        var visibility = Visibility.Members;
        if (input.Visibility is { } v && !Enum.TryParse(v, ignoreCase: true, out visibility))
            problems.Add("visibility", T($"Okänd synlighet ”{v}”; använd members (medlemmar), public (alla) eller board (styrelsen).", $"Unknown visibility '{v}'; use members, public or board."));
        var coHosts = (input.CoHosts ?? []).Select(h => h.Trim()).Where(h => h.Length > 0 && h != current.Id).Distinct().ToList();
        foreach (var host in coHosts)
            if (directory.Find(host) is not { } other || !other.Enables(ActivitiesDbContext.Module))
                problems.Add("coHosts", T($"”{host}” är ingen förening som använder modulen Verksamhet.", $"'{host}' is not an association with the activities module."));
        if (input.DistrictWide && !current.IsDistrict)
            problems.Add("districtWide", T("Bara distriktet publicerar distriktsgemensamma dagar.", "Only the district publishes district-wide days."));
        var tag = Blank(input.Tag);
        if (tag is not null && start != default && !planTags.For(current.Id, StockholmTime.LocalDateOf(start).Year).ContainsKey(tag))
            problems.Add("tag", T($"Verksamhetsplanen för {StockholmTime.LocalDateOf(start).Year} har ingen märkning ”{tag}”.", $"The activity plan for {StockholmTime.LocalDateOf(start).Year} has no tag '{tag}'."));
        problems.ThrowIfAny();

        var areas = await priorityAreas.MatchKeys(current.Id, ct);
        activity.Type = input.Type!;
        activity.Title = input.Title!.Trim();
        activity.Description = Blank(input.Description);
        activity.StartUtc = start;
        activity.EndUtc = end;
        activity.LocalDate = StockholmTime.LocalDateOf(start);
        activity.Place = Blank(input.Place);
        activity.Area = Blank(input.Area);
        activity.InPriorityArea = PriorityAreaList.Matches(areas, input.Area);
        activity.Organiser = Blank(input.Organiser);
        activity.MinParticipants = input.MinParticipants;
        activity.MaxParticipants = input.MaxParticipants;
        activity.Childcare = input.Childcare;
        activity.KeepSpeakerStatistics = input.KeepSpeakerStatistics;
        activity.Campaign = Blank(input.Campaign);
        activity.Visibility = visibility;
        activity.CoHosts = coHosts.Count == 0 ? null : string.Join(',', coHosts);
        activity.DistrictWide = input.DistrictWide;
        activity.Tag = tag;
        activity.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static ActivityScheduled Scheduled(Activity a, string? seriesRuleId = null) => new(
        a.AssociationId, a.Id, a.Type, a.Title, StockholmTime.ToOffset(a.StartUtc), StockholmTime.ToOffset(a.EndUtc),
        a.Area, a.InPriorityArea, seriesRuleId, a.KeepSpeakerStatistics);

    public static ActivityChanged Changed(Activity a) => new(
        a.AssociationId, a.Id, a.Type, a.Title, StockholmTime.ToOffset(a.StartUtc), StockholmTime.ToOffset(a.EndUtc),
        a.Area, a.InPriorityArea, a.KeepSpeakerStatistics);
}
