using Federation.Activities.Storage;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Domain;

/// <summary>Activities' part of a member's data download: their sign-ups with attendance, whether they have a calendar feed.</summary>
internal sealed class ActivitiesDataExport(ActivitiesDbContext db) : IMemberDataExport
{
    public string ModuleId => ActivitiesDbContext.Module;

    public async Task<object> Export(Guid memberId, CancellationToken cancellationToken = default)
    {
        var signUps = await (from s in db.SignUps.AsNoTracking()
                             join a in db.Activities.AsNoTracking() on s.ActivityId equals a.Id
                             where s.MemberId == memberId
                             orderby a.StartUtc
                             select new { Activity = a.Title, a.Type, Start = a.StartUtc, Status = s.Status.ToString(), s.Position, s.SignedUpAt,
                                 Attendance = s.Attendance.HasValue ? s.Attendance.ToString() : null }).ToListAsync(cancellationToken);
        var feed = await db.FeedTokens.AsNoTracking().AnyAsync(f => f.MemberId == memberId, cancellationToken);
        return new { SignUps = signUps, PersonalCalendarFeed = feed };
    }
}
