using Federation.Board.Storage;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Domain;

/// <summary>
/// The board's part of a member's data download: the meetings they attended, what they said on speaker lists
/// (number, kind, length), the functions they held and were elected to, their municipal groups and when they were told of the groups' rules.
/// </summary>
internal sealed class BoardDataExport(BoardDbContext db) : IMemberDataExport
{
    public string ModuleId => BoardDbContext.Module;

    public async Task<object> Export(Guid memberId, CancellationToken cancellationToken = default)
    {
        var meetings = await (from a in db.Attendees.AsNoTracking()
                              join m in db.Meetings.AsNoTracking() on a.MeetingId equals m.Id
                              where a.MemberId == memberId
                              orderby m.Date
                              select new { Meeting = m.Title, m.Date, a.Voting }).ToListAsync(cancellationToken);
        var speeches = await (from c in db.Contributions.AsNoTracking()
                              join m in db.Meetings.AsNoTracking() on c.MeetingId equals m.Id
                              where c.MemberId == memberId
                              orderby m.Date, c.Number
                              select new { Meeting = m.Title, m.Date, c.Number, c.Type, c.Seconds }).ToListAsync(cancellationToken);
        var functions = await db.Roles.AsNoTracking().Where(r => r.MemberId == memberId).OrderBy(r => r.From)
            .Select(r => new { r.Role, r.From, r.Until, r.EndedOn }).ToListAsync(cancellationToken);
        var elected = await db.ElectedOfficials.AsNoTracking().Where(o => o.MemberId == memberId)
            .Select(o => new { o.From, o.Until }).ToListAsync(cancellationToken);
        var introduction = await db.IntroductionTalks.AsNoTracking().Where(t => t.MemberId == memberId)
            .Select(t => new { t.BookedFor, t.GroupLeader, t.HeldOn }).ToListAsync(cancellationToken);
        var mentors = await db.MentorRequests.AsNoTracking().Where(r => r.MemberId == memberId).OrderBy(r => r.RequestedAt)
            .Select(r => new { r.Support, r.RequestedAt, Status = r.Status.ToString(), r.Mentor, r.Note }).ToListAsync(cancellationToken);
        var groups = await (from m in db.MunicipalGroupMembers.AsNoTracking()
                            join g in db.MunicipalGroups.AsNoTracking() on m.GroupId equals g.Id
                            where m.MemberId == memberId
                            select new
                            {
                                Group = g.Name, m.From,
                                Functions = db.MunicipalGroupFunctions.Where(f => f.GroupId == g.Id && f.MemberId == memberId).Select(f => f.Function).ToList(),
                            }).ToListAsync(cancellationToken);
        var briefings = await (from b in db.RulesBriefings.AsNoTracking()
                               join g in db.MunicipalGroups.AsNoTracking() on b.GroupId equals g.Id
                               where b.MemberId == memberId
                               select new { Group = g.Name, b.InformedOn }).ToListAsync(cancellationToken);
        return new
        {
            Meetings = meetings, SpeakerEntries = speeches, Functions = functions, ElectedOfficial = elected, IntroductionTalks = introduction,
            MentorRequests = mentors, MunicipalGroups = groups, InformedOfRulesOfProcedure = briefings,
        };
    }
}
