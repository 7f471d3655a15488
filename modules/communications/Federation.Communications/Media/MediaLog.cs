using Federation.Communications.Domain;
using Federation.Communications.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Media;

/// <summary>An appearance as entered: the people featured are counted per gender category.</summary>
internal sealed record NewAppearance(DateOnly Date, string Kind, string Outlet, string? Title, string? Link, string? People, int Women, int Men, int NonBinary, int NotStated);

/// <summary>The media log: appearances entered by the communications officer.</summary>
internal sealed class MediaLog(CommunicationsDbContext db, Actor actor, TimeProvider clock)
{
    public async Task<MediaAppearance> Add(NewAppearance a, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (!MediaKinds.All.ContainsKey(a.Kind)) problems.Add(T($"Okänd typ av medium '{a.Kind}'.", $"Unknown kind of media '{a.Kind}'."));
        if (string.IsNullOrWhiteSpace(a.Outlet)) problems.Add(T("Ange mediet (t.ex. Mitt i Solna).", "Give the outlet (e.g. Mitt i Solna)."));
        if (a.Link is { Length: > 0 } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            problems.Add(T("Länken ska börja med https://.", "The link must start with https://."));
        if (new[] { a.Women, a.Men, a.NonBinary, a.NotStated }.Any(n => n is < 0 or > 1000))
            problems.Add(T("Antalet personer ska vara mellan 0 och 1000.", "The number of people must be between 0 and 1000."));
        if (problems.Count > 0) throw new CommunicationsException(string.Join(" ", problems));
        var row = new MediaAppearance
        {
            Id = Guid.NewGuid(), Date = a.Date, Kind = a.Kind, Outlet = a.Outlet.Trim(), Title = a.Title?.Trim(), Link = a.Link?.Trim(),
            People = a.People?.Trim(), Women = a.Women, Men = a.Men, NonBinary = a.NonBinary, NotStated = a.NotStated,
            CreatedBy = actor.Name, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Media.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    public async Task<bool> Remove(Guid id, CancellationToken cancellationToken = default)
    {
        var row = await db.Media.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row is null) return false;
        db.Media.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<List<MediaAppearance>> Year(int year, CancellationToken cancellationToken = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        return db.Media.AsNoTracking().Where(m => m.Date >= from && m.Date < to).OrderByDescending(m => m.Date).ToListAsync(cancellationToken);
    }

    private static string T(string sv, string en) => Federation.Platform.Web.Text.T(sv, en);
}
