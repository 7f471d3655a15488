using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Activities.Domain;

/// <summary>
/// Shows an activity in other associations' calendars: co-hosts (seed 001: "samordna fler
/// medlemsaktiviteter med grannföreningen") and, for district-wide days, every association with the
/// activities module (seed 003: "Vissa aktiviteter är distriktsövergripande … 8 mars, 1 maj,
/// deltagande i Stockholm Pride"). Each copy is a row of the receiving association, written in a
/// scope entered into that association, so storage isolation holds. Only the origin publishes events.
/// </summary>
internal sealed class CalendarCopies(IServiceScopeFactory scopes, IAssociationDirectory directory)
{
    public IReadOnlyList<string> Targets(Activity a)
    {
        var targets = a.CoHostIds.ToHashSet();
        if (a.DistrictWide)
            foreach (var other in directory.All.Where(o => o.Enables(ActivitiesDbContext.Module)))
                targets.Add(other.Id);
        targets.Remove(a.AssociationId);
        return [.. targets];
    }

    /// <summary>Brings the copies in line with <paramref name="source"/>; associations no longer targeted lose theirs.</summary>
    public async Task Sync(Activity source, IReadOnlyList<string> previousTargets, CancellationToken ct)
    {
        var targets = Targets(source);
        foreach (var id in targets.Union(previousTargets).Distinct())
        {
            if (directory.Find(id) is not { } target || !target.Enables(ActivitiesDbContext.Module)) continue;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(target);
            var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
            var copy = await db.Activities.FirstOrDefaultAsync(a => a.SourceActivityId == source.Id, ct);
            if (!targets.Contains(id))
            {
                if (copy is not null) db.Activities.Remove(copy);
            }
            else
            {
                if (copy is null)
                {
                    copy = new Activity { Id = Guid.NewGuid(), SourceActivityId = source.Id, HostAssociationId = source.AssociationId, CreatedAt = source.CreatedAt };
                    db.Activities.Add(copy);
                }
                CopyFields(source, copy);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>
    /// Gives the current association the district-wide days it lacks. Copies are written when the
    /// district saves a day, to the associations that have the module on at that moment; an
    /// association that turns the module on later (the modules are configuration, with no event
    /// to react to) would otherwise never see the days already published. Catching up when its
    /// calendar is read — copying, not reading the district's rows each time — keeps one shape for
    /// every calendar read (filters, paging, feeds, sign-up counts) and costs two small queries; the
    /// copies then follow the district's later edits like any other.
    /// </summary>
    public async Task CatchUpDistrictDays(ActivitiesDbContext db, Association current, CancellationToken ct)
    {
        if (current.IsDistrict || !current.Enables(ActivitiesDbContext.Module) || !directory.District.Enables(ActivitiesDbContext.Module)) return;
        List<Activity> days;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(directory.District);
            days = await scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>().Activities.AsNoTracking()
                .Where(a => a.DistrictWide && a.SourceActivityId == null).ToListAsync(ct);
        }
        if (days.Count == 0) return;
        var ids = days.Select(d => d.Id).ToList();
        var held = await db.Activities.Where(a => a.SourceActivityId != null && ids.Contains(a.SourceActivityId.Value))
            .Select(a => a.SourceActivityId!.Value).ToListAsync(ct);
        var missing = days.Where(d => !held.Contains(d.Id)).ToList();
        if (missing.Count == 0) return;
        foreach (var day in missing)
        {
            var copy = new Activity { Id = Guid.NewGuid(), AssociationId = current.Id, SourceActivityId = day.Id, HostAssociationId = day.AssociationId, CreatedAt = day.CreatedAt };
            CopyFields(day, copy);
            db.Activities.Add(copy);
        }
        await db.SaveChangesAsync(ct);
    }

    private static void CopyFields(Activity s, Activity c)
    {
        c.Type = s.Type; c.Title = s.Title; c.Description = s.Description;
        c.StartUtc = s.StartUtc; c.EndUtc = s.EndUtc; c.LocalDate = s.LocalDate;
        c.Place = s.Place; c.Area = s.Area; c.InPriorityArea = false;
        c.Organiser = s.Organiser; c.MinParticipants = s.MinParticipants; c.MaxParticipants = s.MaxParticipants;
        c.Childcare = s.Childcare; c.KeepSpeakerStatistics = s.KeepSpeakerStatistics; c.Campaign = s.Campaign;
        c.Visibility = s.Visibility;
        c.CoHosts = s.CoHosts; c.DistrictWide = s.DistrictWide; c.Cancelled = s.Cancelled; c.UpdatedAt = s.UpdatedAt;
    }
}
