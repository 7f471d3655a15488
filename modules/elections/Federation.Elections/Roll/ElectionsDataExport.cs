using Federation.Elections.Storage;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Roll;

/// <summary>
/// Elections' part of a member's data download: their nominations and their places on voting rolls, with the
/// elections they received a code in. Never what they voted: ballots are not linked to anyone, by design.
/// </summary>
internal sealed class ElectionsDataExport(ElectionsDbContext db) : IMemberDataExport
{
    public string ModuleId => ElectionsDbContext.Module;

    public async Task<object> Export(Guid memberId, CancellationToken cancellationToken = default)
    {
        var nominations = await (from c in db.Candidates.AsNoTracking()
                                 join e in db.Elections.AsNoTracking() on c.ElectionId equals e.Id
                                 where c.MemberId == memberId
                                 orderby c.NominatedAt
                                 select new { Election = e.Title, e.Position, c.Source, c.Motivation, c.Presentation, c.Answer, c.NominatedAt })
            .ToListAsync(cancellationToken);
        var rolls = await (from v in db.Voters.AsNoTracking()
                           join m in db.Meetings.AsNoTracking() on v.MeetingId equals m.Id
                           where v.MemberId == memberId
                           orderby m.HeldOn
                           select new { Meeting = m.Title, m.HeldOn, v.Present, v.AddedAt, v.Id }).ToListAsync(cancellationToken);
        var voterIds = rolls.Select(r => r.Id).ToList();
        var codes = await (from i in db.CodeIssues.AsNoTracking()
                           join e in db.Elections.AsNoTracking() on i.ElectionId equals e.Id
                           where voterIds.Contains(i.VoterId)
                           select e.Title).ToListAsync(cancellationToken);
        return new
        {
            Nominations = nominations,
            VotingRolls = rolls.Select(r => new { r.Meeting, r.HeldOn, r.Present, r.AddedAt }).ToList(),
            CodeReceivedIn = codes,
        };
    }
}
