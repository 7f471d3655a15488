using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// Mentors for elected officials (<see cref="MentorRequest"/>): an association's board asks for one of its officials;
/// the district sees every association's requests and records the mentor it found, in a scope entered into the
/// official's association, so storage isolation holds for that write too.
/// </summary>
internal sealed class Mentoring(BoardDbContext db, AssociationContext association, IAssociationDirectory directory,
    BoardComposition board, IServiceScopeFactory scopes, IServiceProvider services, TimeProvider clock)
{
    /// <summary>The plan's measure: the share of requests of the year for which the district found a mentor.</summary>
    public const string Measure = "mentor-requests-matched";

    public async Task<MentorRequest> Request(Guid memberId, string? support, string by, CancellationToken ct = default)
    {
        if (association.Required.IsDistrict) throw new BoardValidationException("association", "Föreningarna ber om mentorer för sina förtroendevalda; distriktet hjälper till att hitta dem.");
        var text = support?.Trim() ?? "";
        if (text.Length == 0) throw new BoardValidationException("support", "Beskriv vilket stöd den förtroendevalda önskar.");
        if (text.Length > 1000) throw new BoardValidationException("support", "Beskrivningen får vara högst 1 000 tecken.");
        var official = (await board.ElectedOfficials(Stockholm.Today(clock), ct)).FirstOrDefault(o => o.MemberId == memberId)
            ?? throw new BoardValidationException("memberId", "Medlemmen är inte förtroendevald i föreningen: välj en av de förtroendevalda.");
        if (await db.MentorRequests.AnyAsync(r => r.MemberId == memberId && r.Status == MentorStatus.Requested, ct))
            throw new BoardValidationException("memberId", $"{official.Name} väntar redan på en mentor.");
        var request = new MentorRequest
        {
            Id = Guid.NewGuid(), MemberId = memberId, Name = official.Name, Support = text, RequestedBy = by, RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.MentorRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>The current association's requests, newest first; the district's: every association's, open ones first.</summary>
    public async Task<List<MentorRequest>> List(CancellationToken ct = default)
    {
        var requests = association.Required.IsDistrict
            ? await db.MentorRequests.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Status != MentorStatus.Requested).ThenBy(r => r.RequestedAt).ToListAsync(ct)
            : await db.MentorRequests.AsNoTracking().OrderByDescending(r => r.RequestedAt).ToListAsync(ct);
        // Officials' names and wishes: a read of member data, logged once per list.
        if (services.GetService<IMemberDirectory>() is { } register && requests.Count > 0) await register.Shown(requests.Select(r => r.MemberId), "mentor requests", ct);
        return requests;
    }

    /// <summary>The district records the mentor it found (<paramref name="matched"/>) or closes the request with a reason.</summary>
    public async Task<MentorRequest> Decide(string associationId, Guid id, bool matched, string? text, string by, CancellationToken ct = default)
    {
        if (!association.Required.IsDistrict) throw new BoardValidationException("association", "Distriktet hjälper till att hitta mentorer: det görs i distriktet.");
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            throw new BoardValidationException(matched ? "mentor" : "note", matched ? "Ange vem som blir mentor och hur hen nås." : "Ange varför förfrågan avslutas utan mentor.");
        if (value.Length > 500) throw new BoardValidationException(matched ? "mentor" : "note", "Texten får vara högst 500 tecken.");
        var target = directory.Find(associationId) ?? throw new BoardValidationException("association", $"Föreningen ”{associationId}” finns inte.");
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(target);
        var theirs = scope.ServiceProvider.GetRequiredService<BoardDbContext>();
        var request = await theirs.MentorRequests.FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new BoardValidationException("id", "Förfrågan finns inte.");
        if (request.Status != MentorStatus.Requested) throw new BoardValidationException("id", $"Förfrågan för {request.Name} är redan avgjord.");
        request.Status = matched ? MentorStatus.Matched : MentorStatus.Closed;
        request.Mentor = matched ? value : null;
        request.Note = matched ? null : value;
        (request.DecidedBy, request.DecidedAt) = (by, clock.GetUtcNow().UtcDateTime);
        await theirs.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>
    /// Of the requests made in <paramref name="year"/> up to <paramref name="asOf"/> (every association's when the district asks),
    /// the share matched with a mentor by then; null without requests.
    /// </summary>
    public async Task<decimal?> MatchedShare(int year, DateOnly asOf, CancellationToken ct = default)
    {
        var (from, until) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), asOf.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc));
        var requests = association.Required.IsDistrict ? db.MentorRequests.IgnoreQueryFilters() : db.MentorRequests;
        var made = await requests.AsNoTracking().Where(r => r.RequestedAt >= from && r.RequestedAt <= until)
            .Select(r => new { r.Status, r.DecidedAt }).ToListAsync(ct);
        return made.Count == 0 ? null
            : Math.Round(100m * made.Count(r => r.Status == MentorStatus.Matched && r.DecidedAt <= until) / made.Count, 1);
    }
}
