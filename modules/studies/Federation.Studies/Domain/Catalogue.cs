using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Domain;

internal sealed record CourseInput(string? Title, string? Kind, string? Audience, string? Description);

/// <summary>An occasion as entered: sessions in Stockholm local time.</summary>
internal sealed record OccasionInput(string? Place, int? Capacity, IReadOnlyList<SessionInput>? Sessions, IReadOnlyList<LecturerInput>? Lecturers);

internal sealed record SessionInput(DateTime Start, DateTime End);

internal sealed record LecturerInput(string? Name, string? Gender, bool Invited);

internal sealed record CourseView(Guid Id, string Owner, bool District, string Title, string Kind, string Audience, string? Description);

internal sealed record SessionView(Guid Id, DateTime Start, DateTime End);

internal sealed record LecturerView(string Name, string Gender, bool Invited);

/// <summary>An occasion with its course, sessions (local time) and places: confirmed and waiting count every association's sign-ups.</summary>
internal sealed record OccasionView(
    Guid Id, CourseView Course, string Owner, string? Place, int? Capacity, DateTime Start, DateTime End, bool Cancelled,
    IReadOnlyList<SessionView> Sessions, IReadOnlyList<LecturerView> Lecturers, int Confirmed, int Waiting)
{
    public int? PlacesLeft => Capacity is { } c ? Math.Max(0, c - Confirmed) : null;
}

/// <summary>
/// The course catalogue: the association's own courses and the district's, which are open to every association
/// with studies on. Courses and occasions are written only by their owner's organisers.
/// </summary>
internal sealed class Catalogue(StudiesDbContext db, AssociationContext current, IAssociationDirectory directory, TimeProvider clock)
{
    private string Here => current.Required.Id;
    private string District => directory.District.Id;

    /// <summary>Courses the current association's members may see: its own and the district's.</summary>
    public IQueryable<Course> VisibleCourses() =>
        db.Courses.IgnoreQueryFilters().Where(c => c.AssociationId == Here || c.AssociationId == District);

    public IQueryable<Occasion> VisibleOccasions() =>
        db.Occasions.IgnoreQueryFilters().Where(o => o.AssociationId == Here || o.AssociationId == District);

    public async Task<Course> CreateCourse(CourseInput input, CancellationToken ct)
    {
        var problems = new Problems();
        var title = input.Title?.Trim();
        if (string.IsNullOrEmpty(title)) problems.Add("title", Text.T("Ange kursens namn.", "Enter the course's title."));
        if (input.Kind is null || !CourseKinds.All.Contains(input.Kind)) problems.Add("kind", Text.T($"Okänd kurstyp '{input.Kind}'; välj en av {string.Join(", ", CourseKinds.All)}.", $"Unknown course kind '{input.Kind}'; choose one of {string.Join(", ", CourseKinds.All)}."));
        var audience = input.Audience ?? Audiences.AllMembers;
        if (!Audiences.All.Contains(audience)) problems.Add("audience", Text.T($"Okänd målgrupp '{audience}'; välj en av {string.Join(", ", Audiences.All)}.", $"Unknown audience '{audience}'; choose one of {string.Join(", ", Audiences.All)}."));
        problems.ThrowIfAny();
        var course = new Course
        {
            Id = Guid.NewGuid(), Title = title!, Kind = input.Kind!, Audience = audience,
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync(ct);
        return course;
    }

    public async Task<Occasion> CreateOccasion(Guid courseId, OccasionInput input, CancellationToken ct)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, ct)
            ?? throw new KeyNotFoundException($"Ingen kurs {courseId} i föreningens katalog.");
        var problems = new Problems();
        var sessions = input.Sessions ?? [];
        if (sessions.Count == 0) problems.Add("sessions", Text.T("Ange minst ett kurspass med start och slut.", "Enter at least one session with a start and an end."));
        if (sessions.Any(s => s.End <= s.Start)) problems.Add("sessions", Text.T("Ett kurspass måste sluta efter att det börjar.", "A session must end after it starts."));
        if (input.Capacity is < 1) problems.Add("capacity", Text.T("Antalet platser måste vara minst 1 (lämna tomt för obegränsat).", "Places must be at least 1 (leave empty for no limit)."));
        var lecturers = input.Lecturers ?? [];
        if (lecturers.Any(l => string.IsNullOrWhiteSpace(l.Name))) problems.Add("lecturers", Text.T("Varje föreläsare behöver ett namn.", "Every lecturer needs a name."));
        if (lecturers.Any(l => l.Gender is null || !Gender.All.Contains(l.Gender))) problems.Add("lecturers", Text.T($"Ange föreläsarens kön som en av {string.Join(", ", Gender.All)}.", $"Give the lecturer's gender as one of {string.Join(", ", Gender.All)}."));
        problems.ThrowIfAny();

        var ordered = sessions.OrderBy(s => s.Start).Select(s => (Start: Stockholm.Utc(s.Start), End: Stockholm.Utc(s.End))).ToList();
        var occasion = new Occasion
        {
            Id = Guid.NewGuid(), CourseId = course.Id, Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(),
            Capacity = input.Capacity, StartUtc = ordered[0].Start, EndUtc = ordered.Max(s => s.End), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Occasions.Add(occasion);
        db.Sessions.AddRange(ordered.Select(s => new OccasionSession { Id = Guid.NewGuid(), OccasionId = occasion.Id, StartUtc = s.Start, EndUtc = s.End }));
        db.Lecturers.AddRange(lecturers.Select(l => new Lecturer { Id = Guid.NewGuid(), OccasionId = occasion.Id, Name = l.Name!.Trim(), Gender = l.Gender!, Invited = l.Invited }));
        await db.SaveChangesAsync(ct);
        return occasion;
    }

    public async Task Cancel(Guid occasionId, CancellationToken ct)
    {
        var occasion = await db.Occasions.FirstOrDefaultAsync(o => o.Id == occasionId, ct)
            ?? throw new KeyNotFoundException($"Inget tillfälle {occasionId} i föreningens katalog.");
        occasion.Cancelled = true;
        await db.SaveChangesAsync(ct);
    }

    public async Task<OccasionView?> Occasion(Guid id, CancellationToken ct) =>
        (await Views(VisibleOccasions().Where(o => o.Id == id), ct)).SingleOrDefault();

    /// <summary>Occasions visible here, upcoming first (or from <paramref name="fromUtc"/>), paged.</summary>
    public async Task<(IReadOnlyList<OccasionView> Items, int Total)> Occasions(DateTime fromUtc, string? kind, int page, int size, CancellationToken ct)
    {
        var query = VisibleOccasions().Where(o => o.EndUtc >= fromUtc);
        if (kind is not null)
        {
            var courses = VisibleCourses().Where(c => c.Kind == kind).Select(c => c.Id);
            query = query.Where(o => courses.Contains(o.CourseId));
        }
        var total = await query.CountAsync(ct);
        return (await Views(query.OrderBy(o => o.StartUtc).Skip((page - 1) * size).Take(size), ct), total);
    }

    public async Task<IReadOnlyList<OccasionView>> OccasionsOf(Guid courseId, CancellationToken ct) =>
        await Views(VisibleOccasions().Where(o => o.CourseId == courseId).OrderBy(o => o.StartUtc), ct);

    public CourseView View(Course c) => new(c.Id, c.AssociationId, c.AssociationId == District, c.Title, c.Kind, c.Audience, c.Description);

    private async Task<IReadOnlyList<OccasionView>> Views(IQueryable<Occasion> query, CancellationToken ct)
    {
        var occasions = await query.AsNoTracking().ToListAsync(ct);
        var ids = occasions.Select(o => o.Id).ToList();
        var courseIds = occasions.Select(o => o.CourseId).Distinct().ToList();
        var courses = await db.Courses.IgnoreQueryFilters().AsNoTracking().Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var sessions = (await db.Sessions.IgnoreQueryFilters().AsNoTracking().Where(s => ids.Contains(s.OccasionId)).ToListAsync(ct)).ToLookup(s => s.OccasionId);
        var lecturers = (await db.Lecturers.IgnoreQueryFilters().AsNoTracking().Where(l => ids.Contains(l.OccasionId)).ToListAsync(ct)).ToLookup(l => l.OccasionId);
        // Counting places reads every association's sign-ups, but only their number.
        var active = (await db.SignUps.IgnoreQueryFilters().Where(s => ids.Contains(s.OccasionId) && s.CancelledAt == null)
            .GroupBy(s => s.OccasionId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.Count);
        return occasions.Select(o =>
        {
            var count = active.GetValueOrDefault(o.Id);
            var confirmed = o.Capacity is { } c ? Math.Min(c, count) : count;
            return new OccasionView(o.Id, View(courses[o.CourseId]), o.AssociationId, o.Place, o.Capacity,
                Stockholm.Local(o.StartUtc), Stockholm.Local(o.EndUtc), o.Cancelled,
                sessions[o.Id].OrderBy(s => s.StartUtc).Select(s => new SessionView(s.Id, Stockholm.Local(s.StartUtc), Stockholm.Local(s.EndUtc))).ToList(),
                lecturers[o.Id].Select(l => new LecturerView(l.Name, l.Gender, l.Invited)).ToList(),
                confirmed, count - confirmed);
        }).ToList();
    }
}
