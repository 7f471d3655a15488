using System.Security.Claims;
using Federation.Board.Storage;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Domain;

/// <summary>One association's row in the district view: each of the district's checks, passed or not; none without the board module.</summary>
internal sealed record ComplianceRow(string AssociationId, string Name, bool HasBoardModule, IReadOnlyList<CheckResult> Checks);

internal sealed record CheckResult(string Id, string Name, bool Complies);

/// <summary>A municipal group in the district view, with the officers (seed 003) it lacks.</summary>
internal sealed record GroupFunctions(string AssociationId, string Association, string Group, IReadOnlyList<string> Missing);

/// <summary>
/// The district view: the district plugin's compliance checks over every association's board work. Only district
/// staff read across associations (the one place this module lifts the association filter), and they see every
/// association — one without the board module says so rather than missing from the list; anyone else gets the
/// current association's row.
/// </summary>
internal sealed class ComplianceService(BoardDbContext db, AssociationContext current, IAssociationDirectory directory, IPluginRules rules)
{
    public async Task<IReadOnlyList<ComplianceRow>> Rows(ClaimsPrincipal user, int year, DateOnly asOf, CancellationToken ct = default)
    {
        var everyone = user.IsDistrictStaff() ? directory.All.ToList() : [current.Required];
        var associations = everyone.Where(a => a.Enables(BoardDbContext.Module)).ToList();
        var ids = associations.Select(a => a.Id).ToList();
        var facts = user.IsDistrictStaff()
            ? await Facts(ids, year, asOf, all: true, ct)
            : await Facts(ids, year, asOf, all: false, ct);
        return rules.Ask<IComplianceCheck, IReadOnlyList<ComplianceRow>>(
            directory.District.Id,
            checks => everyone.Select(a => new ComplianceRow(a.Id, a.Name, facts.ContainsKey(a.Id),
                facts.TryGetValue(a.Id, out var f) ? checks.Select(c => new CheckResult(c.Id, c.Name.ToString(), c.Complies(f))).ToList() : [])).ToList(),
            everyone.Select(a => new ComplianceRow(a.Id, a.Name, facts.ContainsKey(a.Id), [])).ToList());
    }

    /// <summary>
    /// In the district: the share (percent) of its associations with board work, and of their municipal groups, that have
    /// <paramref name="function"/> filled on the day ("alla partiföreningar och kommunala grupper ska ha en internfeministiskt
    /// ansvarig och en internt antirasistisk ansvarig", seed 003); a count, no names, so the district's plan may show it.
    /// Null elsewhere or with nothing to count.
    /// </summary>
    public async Task<decimal?> ShareWithFunction(string function, DateOnly asOf, CancellationToken ct = default)
    {
        if (!current.Required.IsDistrict) return null;
        var ids = directory.All.Where(a => !a.IsDistrict && a.Enables(BoardDbContext.Module)).Select(a => a.Id).ToList();
        var holders = (await db.Roles.IgnoreQueryFilters().AsNoTracking()
                .Where(r => ids.Contains(r.AssociationId) && r.Role == function && r.From <= asOf).ToListAsync(ct))
            .Where(r => r.ActiveOn(asOf)).Select(r => r.AssociationId).Distinct().Count();
        var groups = await MunicipalGroupFunctions(ids, asOf, ct);
        var total = ids.Count + groups.Count;
        return total == 0 ? null : Math.Round(100m * (holders + groups.Count(g => !g.Missing.Contains(function))) / total, 1);
    }

    /// <summary>
    /// The municipal groups of the associations the user may see (every association's for district staff, else the
    /// current one's), each with the officers seed 003 asks of it that it lacks on the day; names of groups, not of people.
    /// </summary>
    public async Task<IReadOnlyList<GroupFunctions>> MunicipalGroupFunctions(ClaimsPrincipal user, DateOnly asOf, CancellationToken ct = default)
    {
        var ids = (user.IsDistrictStaff() ? directory.All.ToList() : [current.Required]).Where(a => a.Enables(BoardDbContext.Module)).Select(a => a.Id).ToList();
        return await MunicipalGroupFunctions(ids, asOf, ct);
    }

    private async Task<List<GroupFunctions>> MunicipalGroupFunctions(List<string> ids, DateOnly asOf, CancellationToken ct)
    {
        var until = asOf.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);
        var groups = await db.MunicipalGroups.IgnoreQueryFilters().AsNoTracking()
            .Where(g => ids.Contains(g.AssociationId) && g.CreatedAt <= until).ToListAsync(ct);
        var groupIds = groups.Select(g => g.Id).ToList();
        var held = await db.MunicipalGroupFunctions.IgnoreQueryFilters().AsNoTracking()
            .Where(f => groupIds.Contains(f.GroupId) && f.From <= asOf).Select(f => new { f.GroupId, f.Function }).ToListAsync(ct);
        return [.. groups.OrderBy(g => directory.Find(g.AssociationId)?.Name).ThenBy(g => g.Name).Select(g => new GroupFunctions(
            g.AssociationId, directory.Find(g.AssociationId)?.Name ?? g.AssociationId, g.Name,
            [.. MunicipalGroups.Officers.Where(f => !held.Any(h => h.GroupId == g.Id && h.Function == f))]))];
    }

    private async Task<Dictionary<string, BoardWorkFacts>> Facts(List<string> ids, int year, DateOnly asOf, bool all, CancellationToken ct)
    {
        IQueryable<T> Rows<T>(DbSet<T> set) where T : class => all ? set.IgnoreQueryFilters() : set;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var roles = (await Rows(db.Roles).Where(r => ids.Contains(r.AssociationId) && r.From <= asOf).ToListAsync(ct)).Where(r => r.ActiveOn(asOf)).ToList();
        var plans = await Rows(db.Plans).Where(p => ids.Contains(p.AssociationId) && p.FirstYear <= year && year <= p.LastYear)
            .Select(p => new { p.AssociationId, p.Id }).ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        var followUps = await Rows(db.FollowUps).Where(f => planIds.Contains(f.PlanId) && f.HeldOn >= from && f.HeldOn <= to)
            .Select(f => f.AssociationId).ToListAsync(ct);
        var meetings = await Rows(db.Meetings).Where(m => ids.Contains(m.AssociationId) && m.Date >= from && m.Date <= to && m.Date <= asOf)
            .Select(m => new { m.AssociationId, m.Id }).ToListAsync(ct);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var withStatistics = (await Rows(db.Contributions).Where(c => meetingIds.Contains(c.MeetingId) && c.StartedAt != null)
            .Select(c => c.MeetingId).Distinct().ToListAsync(ct)).ToHashSet();
        return ids.ToDictionary(id => id, id => new BoardWorkFacts(
            id, year, asOf,
            roles.Where(r => r.AssociationId == id).Select(r => r.Role).ToHashSet(),
            plans.Any(p => p.AssociationId == id),
            followUps.Count(a => a == id),
            PlanService.FollowUpRule(rules, id, year, asOf).DueByNow,
            meetings.Count(m => m.AssociationId == id),
            meetings.Count(m => m.AssociationId == id && withStatistics.Contains(m.Id))));
    }
}
