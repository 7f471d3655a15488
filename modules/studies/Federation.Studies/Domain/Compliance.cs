using System.Security.Claims;
using Federation.Extensions;
using Federation.Membership.Contracts;
using Federation.Platform.Plugins;
using Federation.Platform.Tenancy;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Studies.Domain;

/// <summary>One holder of a role a requirement names: whether they have completed the required kind of course.</summary>
internal sealed record ComplianceLine(
    string Association, string AssociationName, string Requirement, string RequirementName, Guid MemberId, string Name, string Role,
    bool Complies, DateOnly? CompletedOn);

/// <summary>One holder of a role a requirement names, with the completion that meets it (null: not yet).</summary>
internal sealed record Holder(Association Association, TrainingRequirement Requirement, HeldRole Role, Completion? Done);

/// <summary>
/// Required training (<see cref="IRequiredTraining"/>, from the district's plugins and the association's own) against
/// the board roles the board module announced and the completions recorded here: nothing is typed in. District staff
/// in the district see every association with studies on; anyone else sees the current association.
/// </summary>
internal sealed class Compliance(
    StudiesDbContext db, AssociationContext current, IAssociationDirectory directory, IPluginRules rules, IServiceScopeFactory scopes, Members members)
{
    public IReadOnlyList<TrainingRequirement> Requirements(string associationId)
    {
        var ids = new[] { directory.District.Id, associationId }.Distinct();
        return ids.SelectMany(id => rules.Ask<IRequiredTraining, IReadOnlyList<TrainingRequirement>>(
                id, plugins => plugins.SelectMany(p => p.Requirements).ToList(), []))
            .DistinctBy(r => r.Id).ToList();
    }

    public bool SeesDistrict(ClaimsPrincipal user) => current.Required.IsDistrict && user.IsDistrictStaff();

    public async Task<IReadOnlyList<ComplianceLine>> Lines(ClaimsPrincipal user, DateOnly asOf, CancellationToken ct)
    {
        var lines = new List<ComplianceLine>();
        foreach (var group in (await Holders(SeesDistrict(user), asOf, ct)).GroupBy(h => (h.Association, h.Requirement)))
        {
            var (association, requirement) = group.Key;
            var names = await Names(association, group.Select(h => h.Role.MemberId).Distinct().ToList(), ct);
            lines.AddRange(group.Select(h => new ComplianceLine(association.Id, association.Name, requirement.Id, requirement.Name.ToString(),
                h.Role.MemberId, names[h.Role.MemberId], h.Role.Role, h.Done is not null, h.Done?.CompletedOn)));
        }
        return lines;
    }

    /// <summary>
    /// The holders of the roles a requirement names on the day, each with their first completion of its kind of course:
    /// every association's with studies on when <paramref name="district"/>, else the current association's.
    /// </summary>
    public async Task<IReadOnlyList<Holder>> Holders(bool district, DateOnly asOf, CancellationToken ct)
    {
        var associations = district
            ? directory.All.Where(a => a.Enables(StudiesDbContext.Module)).ToList()
            : [current.Required];
        var ids = associations.Select(a => a.Id).ToList();
        IQueryable<T> Rows<T>(DbSet<T> set) where T : class => district ? set.IgnoreQueryFilters() : set;
        var roles = (await Rows(db.Roles).AsNoTracking().Where(r => ids.Contains(r.AssociationId)).ToListAsync(ct)).Where(r => r.HeldOn(asOf)).ToList();
        // A district course's completions are the district's rows: read the current association's members' across owners.
        var completions = await db.Completions.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.MemberAssociationId)).ToListAsync(ct);

        var holders = new List<Holder>();
        foreach (var association in associations)
        foreach (var requirement in Requirements(association.Id).Where(r => asOf >= r.From))
        foreach (var role in roles.Where(r => r.AssociationId == association.Id && requirement.Roles.Contains(r.Role)).OrderBy(r => r.Role))
            holders.Add(new(association, requirement, role, completions
                .Where(c => c.MemberAssociationId == association.Id && c.MemberId == role.MemberId && c.CourseKind == requirement.CourseKind)
                .OrderBy(c => c.CompletedOn).FirstOrDefault()));
        return holders;
    }

    /// <summary>Names from each association's own register (read in that association's scope, as its access log expects).</summary>
    private async Task<Dictionary<Guid, string>> Names(Association association, List<Guid> memberIds, CancellationToken ct)
    {
        if (association.Id == current.Required.Id)
        {
            var here = new Dictionary<Guid, string>();
            foreach (var id in memberIds) here[id] = await members.NameOf(id, ct);
            return here;
        }
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(association);
        var directory = scope.ServiceProvider.GetService<IMemberDirectory>();
        var names = new Dictionary<Guid, string>();
        foreach (var id in memberIds)
            names[id] = directory is not null && await directory.Find(id, ct) is { } card ? card.Name : id.ToString("D")[..8];
        return names;
    }
}
