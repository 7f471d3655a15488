using Federation.Studies.Contracts;
using Federation.Studies.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Domain;

/// <summary>The current association's occasions counted for the activity plan (<see cref="IStudyStatistics"/>).</summary>
internal sealed class StudyStatistics(StudiesDbContext db, Compliance compliance, AssociationContext current) : IStudyStatistics
{
    public async Task<LecturerShare> InvitedLecturers(int year, CancellationToken cancellationToken = default)
    {
        var occasions = Held(year).Select(o => o.Id);
        var genders = await db.Lecturers.Where(l => l.Invited && occasions.Contains(l.OccasionId)).Select(l => l.Gender).ToListAsync(cancellationToken);
        return new LecturerShare(year, genders.Count, Gender.All.ToDictionary(g => g, g => genders.Count(x => x == g)));
    }

    public async Task<int> Occasions(string courseKind, int year, CancellationToken cancellationToken = default)
    {
        var courses = db.Courses.Where(c => c.Kind == courseKind).Select(c => c.Id);
        return await Held(year).CountAsync(o => courses.Contains(o.CourseId), cancellationToken);
    }

    public async Task<TrainedShare> Trained(string requirementId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var people = (await compliance.Holders(current.Required.IsDistrict, asOf, cancellationToken))
            .Where(h => h.Requirement.Id == requirementId)
            .GroupBy(h => (h.Association.Id, h.Role.MemberId))
            .ToList();
        return new TrainedShare(people.Count, people.Count(p => p.Any(h => h.Done is not null)));
    }

    private IQueryable<Domain.Occasion> Held(int year)
    {
        var (from, to) = (Stockholm.YearStartUtc(year), Stockholm.YearStartUtc(year + 1));
        return db.Occasions.Where(o => !o.Cancelled && o.StartUtc >= from && o.StartUtc < to);
    }
}
