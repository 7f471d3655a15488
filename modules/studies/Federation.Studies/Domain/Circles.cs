using Federation.Platform.Web;
using Federation.Studies.Contracts;
using Federation.Studies.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Domain;

internal sealed record CircleInput(string? Title, string? Leader, string? Description);

internal sealed record ParticipantInput(string? Name, int? BirthYear, Guid? MemberId);

/// <summary>A session as entered: a date and either start and end times or the study hours directly.</summary>
internal sealed record CircleSessionInput(DateOnly? Date, TimeOnly? Start, TimeOnly? End, decimal? StudyHours);

internal sealed record CircleSummary(
    Guid Id, string Title, string Leader, int Participants, int Sessions, decimal StudyHours, DateOnly? FirstSession, DateOnly? LastSession,
    DateOnly? ReportedOn, bool DueForReport, IReadOnlyList<string> AbfProblems);

/// <summary>One circle with everything its page and ABF's attendance list need.</summary>
internal sealed record CircleDetail(
    StudyCircle Circle, IReadOnlyList<CircleParticipant> Participants, IReadOnlyList<CircleSession> Sessions,
    ILookup<Guid, Guid> PresentBySession, int Year, IReadOnlyList<string> AbfProblems);

/// <summary>Study circles run with ABF: participants, sessions, attendance, the ABF check and the report.</summary>
internal sealed class Circles(StudiesDbContext db, TimeProvider clock)
{
    public async Task<StudyCircle> Create(CircleInput input, CancellationToken ct)
    {
        var problems = new Problems();
        if (string.IsNullOrWhiteSpace(input.Title)) problems.Add("title", Text.T("Ange cirkelns namn.", "Enter the circle's title."));
        if (string.IsNullOrWhiteSpace(input.Leader)) problems.Add("leader", Text.T("Ange cirkelledaren.", "Enter the circle's leader."));
        problems.ThrowIfAny();
        var circle = new StudyCircle
        {
            Id = Guid.NewGuid(), Title = input.Title!.Trim(), Leader = input.Leader!.Trim(),
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Circles.Add(circle);
        await db.SaveChangesAsync(ct);
        return circle;
    }

    public async Task<CircleParticipant> AddParticipant(Guid circleId, ParticipantInput input, CancellationToken ct)
    {
        await Open(circleId, ct);
        var problems = new Problems();
        if (string.IsNullOrWhiteSpace(input.Name)) problems.Add("name", Text.T("Ange deltagarens namn.", "Enter the participant's name."));
        var year = Stockholm.Today(clock).Year;
        if (input.BirthYear is not { } born || born < 1900 || born > year) problems.Add("birthYear", Text.T($"Ange födelseåret (1900–{year}); ABF räknar deltagare från det år de fyller 13.", $"Enter the birth year (1900–{year}); ABF counts participants from the year they turn 13."));
        problems.ThrowIfAny();
        var participant = new CircleParticipant { Id = Guid.NewGuid(), CircleId = circleId, Name = input.Name!.Trim(), BirthYear = input.BirthYear!.Value, MemberId = input.MemberId };
        db.Participants.Add(participant);
        await db.SaveChangesAsync(ct);
        return participant;
    }

    public async Task RemoveParticipant(Guid circleId, Guid participantId, CancellationToken ct)
    {
        await Open(circleId, ct);
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Id == participantId && p.CircleId == circleId, ct)
            ?? throw new KeyNotFoundException("Ingen sådan deltagare i cirkeln.");
        db.CircleAttendance.RemoveRange(await db.CircleAttendance.Where(a => a.ParticipantId == participantId).ToListAsync(ct));
        db.Participants.Remove(participant);
        await db.SaveChangesAsync(ct);
    }

    public async Task<CircleSession> AddSession(Guid circleId, CircleSessionInput input, CancellationToken ct)
    {
        await Open(circleId, ct);
        var problems = new Problems();
        if (input.Date is null) problems.Add("date", Text.T("Ange datum för sammankomsten.", "Enter the session's date."));
        decimal hours = 0;
        if (input is { Start: { } start, End: { } end })
        {
            if (end <= start) problems.Add("end", Text.T("Sammankomsten måste sluta efter att den börjar.", "The session must end after it starts."));
            else hours = AbfRules.StudyHours(start, end);
        }
        else if (input.StudyHours is { } given)
        {
            if (given <= 0) problems.Add("studyHours", Text.T("Studietimmarna måste vara fler än 0.", "Study hours must be more than 0."));
            hours = given;
        }
        else problems.Add("end", Text.T("Ange start- och sluttid (en studietimme är 45 minuter) eller antalet studietimmar.", "Enter start and end times (a study hour is 45 minutes) or the study hours."));
        problems.ThrowIfAny();
        var session = new CircleSession { Id = Guid.NewGuid(), CircleId = circleId, Date = input.Date!.Value, Start = input.Start, End = input.End, StudyHours = Math.Round(hours, 2) };
        db.CircleSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    public async Task RemoveSession(Guid circleId, Guid sessionId, CancellationToken ct)
    {
        await Open(circleId, ct);
        var session = await db.CircleSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.CircleId == circleId, ct)
            ?? throw new KeyNotFoundException("Ingen sådan sammankomst i cirkeln.");
        db.CircleAttendance.RemoveRange(await db.CircleAttendance.Where(a => a.SessionId == sessionId).ToListAsync(ct));
        db.CircleSessions.Remove(session);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Who was present at a session, replacing what was recorded for it.</summary>
    public async Task RecordAttendance(Guid circleId, Guid sessionId, IReadOnlyCollection<Guid> present, CancellationToken ct)
    {
        await Open(circleId, ct);
        if (!await db.CircleSessions.AnyAsync(s => s.Id == sessionId && s.CircleId == circleId, ct)) throw new KeyNotFoundException("Ingen sådan sammankomst i cirkeln.");
        var participants = await db.Participants.Where(p => p.CircleId == circleId).Select(p => p.Id).ToListAsync(ct);
        if (present.Any(id => !participants.Contains(id))) throw StudiesValidationException.One("present", Text.T("Bara cirkelns deltagare kan markeras som närvarande.", "Only the circle's participants can be marked present."));
        db.CircleAttendance.RemoveRange(await db.CircleAttendance.Where(a => a.SessionId == sessionId).ToListAsync(ct));
        db.CircleAttendance.AddRange(present.Distinct().Select(p => new CircleAttendance { Id = Guid.NewGuid(), SessionId = sessionId, ParticipantId = p }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Marks the circle reported to ABF, which only a circle that meets the rules can be; tells other modules.</summary>
    public async Task<StudyCircle> Report(Guid circleId, CancellationToken ct)
    {
        var detail = await Detail(circleId, ct) ?? throw new KeyNotFoundException($"Ingen studiecirkel {circleId}.");
        if (detail.Circle.ReportedOn is not null) throw StudiesValidationException.One("circle", Text.T("Cirkeln är redan rapporterad.", "The circle is already reported."));
        if (detail.AbfProblems.Count > 0) throw new StudiesValidationException(new Dictionary<string, string[]> { ["abf"] = detail.AbfProblems.ToArray() });
        var circle = await db.Circles.SingleAsync(c => c.Id == circleId, ct);
        circle.ReportedOn = Stockholm.Today(clock);
        db.Publish(new StudyCircleReported(circle.AssociationId, circle.Id, circle.Title,
            detail.Participants.Count(p => AbfRules.Counts(p, detail.Year)), detail.Sessions.Count, detail.Sessions.Sum(s => s.StudyHours), circle.ReportedOn.Value));
        await db.SaveChangesAsync(ct);
        return circle;
    }

    public async Task<(IReadOnlyList<CircleSummary> Items, int Total)> List(bool dueOnly, int page, int size, CancellationToken ct)
    {
        var circles = await db.Circles.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(ct);
        var participants = (await db.Participants.AsNoTracking().ToListAsync(ct)).ToLookup(p => p.CircleId);
        var sessions = (await db.CircleSessions.AsNoTracking().ToListAsync(ct)).ToLookup(s => s.CircleId);
        var today = Stockholm.Today(clock);
        var all = circles.Select(c => Summary(c, participants[c.Id].ToList(), sessions[c.Id].ToList(), today)).Where(c => !dueOnly || c.DueForReport).ToList();
        return (all.Skip((page - 1) * size).Take(size).ToList(), all.Count);
    }

    public async Task<CircleDetail?> Detail(Guid circleId, CancellationToken ct)
    {
        var circle = await db.Circles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == circleId, ct);
        if (circle is null) return null;
        var participants = await db.Participants.AsNoTracking().Where(p => p.CircleId == circleId).OrderBy(p => p.Name).ToListAsync(ct);
        var sessions = await db.CircleSessions.AsNoTracking().Where(s => s.CircleId == circleId).OrderBy(s => s.Date).ThenBy(s => s.Start).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var present = (await db.CircleAttendance.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId)).ToListAsync(ct)).ToLookup(a => a.SessionId, a => a.ParticipantId);
        var fallback = Stockholm.Local(circle.CreatedAt).Year;
        return new CircleDetail(circle, participants, sessions, present, AbfRules.Year(sessions, fallback), AbfRules.Problems(participants, sessions, fallback));
    }

    /// <summary>A circle is due for reporting once its last planned session has been held and it is not yet reported.</summary>
    private static CircleSummary Summary(StudyCircle c, List<CircleParticipant> participants, List<CircleSession> sessions, DateOnly today)
    {
        var last = sessions.Count == 0 ? (DateOnly?)null : sessions.Max(s => s.Date);
        return new CircleSummary(c.Id, c.Title, c.Leader, participants.Count, sessions.Count, sessions.Sum(s => s.StudyHours),
            sessions.Count == 0 ? null : sessions.Min(s => s.Date), last, c.ReportedOn,
            c.ReportedOn is null && last is { } l && l <= today,
            AbfRules.Problems(participants, sessions, Stockholm.Local(c.CreatedAt).Year));
    }

    private async Task Open(Guid circleId, CancellationToken ct)
    {
        var circle = await db.Circles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == circleId, ct) ?? throw new KeyNotFoundException($"Ingen studiecirkel {circleId}.");
        if (circle.ReportedOn is not null) throw StudiesValidationException.One("circle", Text.T("Cirkeln är rapporterad till ABF och kan inte ändras.", "The circle is reported to ABF and cannot be changed."));
    }
}
