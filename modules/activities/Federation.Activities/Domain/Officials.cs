using Federation.Activities.Storage;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Domain;

/// <summary>
/// Who counts as an elected official for the per-person participation targets (Solna 2024:
/// "Förtroendevalda ska minst närvara på två flygbladsutdelningar per termin och ett torgmöte per år").
/// The board keeps the list: officials are not only board members.
/// </summary>
internal sealed class Officials(ActivitiesDbContext db, Members members)
{
    public async Task<IReadOnlyList<ElectedOfficial>> List(CancellationToken ct) =>
        await db.Officials.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);

    /// <summary>Adds the member (again is a no-op); the name comes from the member register unless given.</summary>
    public async Task Add(Guid memberId, string? name, CancellationToken ct)
    {
        if (memberId == Guid.Empty) throw ActivityValidationException.One("memberId", T("Välj vilken medlem som är förtroendevald.", "The official's member id is required."));
        if (!await members.Exists(memberId, ct)) throw ActivityValidationException.One("memberId", T($"Föreningen har ingen medlem {memberId}.", $"No member {memberId} in this association."));
        if (await db.Officials.AnyAsync(o => o.MemberId == memberId, ct)) return;
        db.Officials.Add(new ElectedOfficial
        {
            Id = Guid.NewGuid(), MemberId = memberId,
            Name = name?.Trim() is { Length: > 0 } n ? n : await members.NameOf(memberId, ct),
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task Remove(Guid memberId, CancellationToken ct)
    {
        var official = await db.Officials.FirstOrDefaultAsync(o => o.MemberId == memberId, ct)
            ?? throw new KeyNotFoundException(T("Medlemmen finns inte bland de förtroendevalda.", "The member is not on the list of elected officials."));
        db.Officials.Remove(official);
        await db.SaveChangesAsync(ct);
    }
}
