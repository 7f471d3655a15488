using System.Security.Claims;
using Federation.Communications.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;

namespace Federation.Communications.Domain;

/// <summary>The start page's communications tasks for officers: series issues due within a week or overdue, with their drafts.</summary>
internal sealed class SeriesTasks(SeriesSchedule schedule, AssociationContext association, TimeProvider clock) : IPersonalItems
{
    public string Module => CommunicationsDbContext.Module;

    public async Task<IReadOnlyList<PersonalItem>> For(ClaimsPrincipal person, CancellationToken cancellationToken = default)
    {
        if (person.RoleIn(association.Required.Id) is not { } role || role < AssociationRole.Officer) return [];
        var horizon = SwedishTime.Day(clock.GetUtcNow() + SeriesSchedule.DraftAhead);
        return [.. (await schedule.Next(cancellationToken)).Where(d => d.DueOn <= horizon).Select(d => new PersonalItem(PersonalItemKind.Task,
            Text.T($"Nästa nummer av {d.Series.Name} ska ut {d.DueOn:yyyy-MM-dd} ({d.Reason})", $"The next issue of {d.Series.Name} is due {d.DueOn:yyyy-MM-dd} ({d.Reason})"),
            d.DraftId is { } draft ? $"communications/newsletters/{draft}" : $"communications/series/{d.Series.Id}",
            new DateTimeOffset(SwedishTime.StartUtc(d.DueOn), TimeSpan.Zero)))];
    }
}
