using Federation.Platform.Tenancy;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Domain;

internal sealed record MySignUp(OccasionView Occasion, string Status, int? WaitingNumber, int SessionsAttended);

internal sealed record MyCompletion(Guid CourseId, string Course, string Kind, DateOnly CompletedOn, string Source);

internal sealed record MyCircle(Guid CircleId, string Title, int SessionsAttended);

/// <summary>Everything studies holds about one member: "Mina kurser", and their part of the data export.</summary>
internal sealed record MyStudiesData(IReadOnlyList<MySignUp> SignUps, IReadOnlyList<MyCompletion> Completions, IReadOnlyList<MyCircle> Circles);

internal sealed class MyStudies(StudiesDbContext db, AssociationContext current, Catalogue catalogue, Enrolment enrolment)
{
    public async Task<MyStudiesData> For(Guid memberId, CancellationToken ct)
    {
        var here = current.Required.Id;
        var signUps = await db.SignUps.AsNoTracking().Where(s => s.MemberId == memberId).ToListAsync(ct);
        var mine = new List<MySignUp>();
        foreach (var s in signUps)
        {
            // An occasion of an association this one cannot see (not possible through the API) is left out.
            if (await catalogue.Occasion(s.OccasionId, ct) is not { } occasion) continue;
            var row = (await enrolment.Roster(s.OccasionId, ct)).Single(r => r.SignUpId == s.Id);
            mine.Add(new(occasion, row.Status.ToString().ToLowerInvariant(), row.WaitingNumber, row.AttendedSessions.Count));
        }
        // Completions of district courses are the district's rows that name this association's member.
        var completions = await db.Completions.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.MemberAssociationId == here && c.MemberId == memberId).OrderByDescending(c => c.CompletedOn).ToListAsync(ct);
        var courseIds = completions.Select(c => c.CourseId).ToList();
        var titles = await db.Courses.IgnoreQueryFilters().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        var participants = await db.Participants.AsNoTracking().Where(p => p.MemberId == memberId).ToListAsync(ct);
        var circles = new List<MyCircle>();
        foreach (var p in participants)
        {
            var title = await db.Circles.Where(c => c.Id == p.CircleId).Select(c => c.Title).SingleAsync(ct);
            circles.Add(new(p.CircleId, title, await db.CircleAttendance.CountAsync(a => a.ParticipantId == p.Id, ct)));
        }
        return new(
            mine.OrderBy(m => m.Occasion.Start).ToList(),
            completions.Select(c => new MyCompletion(c.CourseId, titles.GetValueOrDefault(c.CourseId, ""), c.CourseKind, c.CompletedOn, c.Source)).ToList(),
            circles);
    }
}
