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
