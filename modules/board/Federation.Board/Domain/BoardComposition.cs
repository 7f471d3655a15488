using Federation.Board.Contracts;
using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>Who sits on the board, in which roles and terms; the functions the association's rules require; the elected officials.</summary>
internal sealed class BoardComposition(
    BoardDbContext db, AssociationContext association, IAssociationDirectory directory, IPluginRules rules, IServiceProvider services, TimeProvider clock)
{
    public async Task<List<BoardRole>> ActiveRoles(DateOnly day, CancellationToken ct = default) =>
        (await db.Roles.Where(r => r.From <= day).ToListAsync(ct))
            .Where(r => r.ActiveOn(day)).OrderBy(r => RoleOrder(r.Role)).ThenBy(r => r.Name).ToList();

    public async Task<List<BoardRole>> History(CancellationToken ct = default) =>
        await db.Roles.OrderByDescending(r => r.From).ThenBy(r => r.Name).ToListAsync(ct);

    /// <summary>
    /// The functions required for the year: the association's plugins' (the platform default — chair, treasurer — when
    /// none answers) plus the district's, which it asks of every association ("alla partiföreningar ... ska ha en
    /// internfeministiskt ansvarig och en internt antirasistisk ansvarig", Storstockholm 2023–2025).
    /// </summary>
    public IReadOnlyList<string> RequiredFunctions(int year)
    {
        var own = Ask(association.Required.Id, year, DefaultRules.RequiredBoardFunctions);
        var district = directory.District.Id == association.Required.Id ? [] : Ask(directory.District.Id, year, []);
        return own.Concat(district).Distinct().ToList();
    }

    private IReadOnlyList<string> Ask(string associationId, int year, IReadOnlyList<string> fallback) =>
        rules.Ask<IRequiredBoardFunctions, IReadOnlyList<string>>(
            associationId, all => all.Count == 0 ? null : all.SelectMany(p => p.RequiredFunctions(year)).Distinct().ToList(), fallback);

    public async Task<IReadOnlyList<string>> MissingFunctions(DateOnly day, CancellationToken ct = default)
    {
        var filled = (await ActiveRoles(day, ct)).Select(r => r.Role).ToHashSet();
        return RequiredFunctions(day.Year).Where(f => !filled.Contains(f)).ToList();
    }

    /// <summary>The elected officials (förtroendevalda): the board's members on the day plus those the board has marked.</summary>
    public async Task<List<ElectedOfficial>> ElectedOfficials(DateOnly day, CancellationToken ct = default)
    {
        var marked = (await db.ElectedOfficials.Where(o => o.From <= day).ToListAsync(ct)).Where(o => o.Until is null || day <= o.Until);
        var board = (await ActiveRoles(day, ct)).Where(r => r.MemberId is not null)
            .Select(r => new ElectedOfficial { MemberId = r.MemberId!.Value, Name = r.Name, Gender = r.Gender, From = r.From, Until = r.Until });
        return board.Concat(marked).DistinctBy(o => o.MemberId).OrderBy(o => o.Name).ToList();
    }

    public async Task<BoardRole> Assign(NewRole input, CancellationToken ct = default)
    {
        var role = input.Role?.Trim().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(role)) throw new BoardValidationException("role", "Ange en roll, t.ex. ordförande eller ledamot.");
        if (input.From is null) throw new BoardValidationException("from", "Ange när mandatet börjar.");
        if (input.Until is { } until && until < input.From) throw new BoardValidationException("until", "Mandatet kan inte sluta innan det börjar.");
        var (name, gender) = await Person(input.MemberId, input.Name, input.Gender, ct);
        var entry = new BoardRole
        {
            Id = Guid.NewGuid(), MemberId = input.MemberId, Name = name, Gender = gender, Role = role,
            From = input.From.Value, Until = input.Until,
        };
        db.Roles.Add(entry);
        if (entry.MemberId is { } memberId)
            db.Publish(new BoardRoleAssigned(association.Required.Id, memberId, entry.Role, entry.From, entry.Until));
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task<BoardRole> End(Guid roleId, DateOnly? endedOn, CancellationToken ct = default)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == roleId, ct)
            ?? throw new BoardValidationException("roleId", "Uppdraget finns inte.");
        if (role.EndedOn is not null) throw new BoardValidationException("roleId", "Uppdraget har redan avslutats.");
        var day = endedOn ?? Stockholm.Today(clock);
        if (day < role.From) throw new BoardValidationException("endedOn", "Uppdraget kan inte sluta innan det börjat.");
        EndRole(role, day);
        await db.SaveChangesAsync(ct);
        return role;
    }

    /// <summary>Takes the result of an election at the annual meeting: the position's current holders step down, the elected take over.</summary>
    public async Task ApplyElection(string role, DateOnly from, DateOnly? until, IEnumerable<(Guid? MemberId, string Name, string Gender)> elected, CancellationToken ct = default)
    {
        foreach (var current in (await db.Roles.Where(r => r.Role == role && r.EndedOn == null).ToListAsync(ct)).Where(r => r.Until is null || r.Until >= from))
            EndRole(current, from);
        foreach (var person in elected)
        {
            var entry = new BoardRole
            {
                Id = Guid.NewGuid(), MemberId = person.MemberId, Name = person.Name,
                Gender = Gender.All.Contains(person.Gender) ? person.Gender : Gender.NotStated,
                Role = role, From = from, Until = until,
            };
            db.Roles.Add(entry);
            if (entry.MemberId is { } memberId)
                db.Publish(new BoardRoleAssigned(association.Required.Id, memberId, role, from, until));
        }
    }

    public async Task<ElectedOfficial> MarkElectedOfficial(Guid? memberId, string? name, string? gender, DateOnly? from, DateOnly? until, CancellationToken ct = default)
    {
        if (memberId is null) throw new BoardValidationException("memberId", "Förtroendevalda räknas per medlem: välj en medlem.");
        var (resolvedName, resolvedGender) = await Person(memberId, name, gender, ct);
        var start = from ?? Stockholm.Today(clock);
        if ((await db.ElectedOfficials.Where(o => o.MemberId == memberId).ToListAsync(ct)).FirstOrDefault(o => o.Until is null || o.Until >= start) is { } current)
            return current; // marked already: one list, each member once
        var official = new ElectedOfficial
        {
            Id = Guid.NewGuid(), MemberId = memberId.Value, Name = resolvedName, Gender = resolvedGender,
            From = start, Until = until,
        };
        db.ElectedOfficials.Add(official);
        await db.SaveChangesAsync(ct);
        return official;
    }

    /// <summary>
    /// Ends the member's marking as an official the day before <paramref name="day"/> (removed outright when it had not
    /// begun), so the years they counted keep them. A board member stays an official through the board.
    /// </summary>
    public async Task Unmark(Guid memberId, DateOnly day, CancellationToken ct = default)
    {
        var marks = (await db.ElectedOfficials.Where(o => o.MemberId == memberId).ToListAsync(ct)).Where(o => o.Until is null || o.Until >= day).ToList();
        if (marks.Count == 0) throw new BoardValidationException("memberId", "Medlemmen är inte markerad som förtroendevald.");
        foreach (var mark in marks)
        {
            if (mark.From >= day) db.ElectedOfficials.Remove(mark);
            else mark.Until = day.AddDays(-1);
        }
        await db.SaveChangesAsync(ct);
    }

    private void EndRole(BoardRole role, DateOnly day)
    {
        role.EndedOn = day;
        if (role.MemberId is { } memberId)
            db.Publish(new BoardRoleEnded(association.Required.Id, memberId, role.Role, day));
    }

    /// <summary>Name and gender from the member register when there is one (which must know the member), else as entered.</summary>
    private async Task<(string Name, string Gender)> Person(Guid? memberId, string? name, string? gender, CancellationToken ct)
    {
        if (gender is not null && !Gender.All.Contains(gender))
            throw new BoardValidationException("gender", $"Okänt kön '{gender}'. Välj {string.Join(", ", Gender.All)}.");
        var register = services.GetService<IMemberDirectory>();
        var card = memberId is { } id && register is not null ? await register.Find(id, ct) : null;
        // A member id must be one of this association's members (another association's is refused, not stored).
        if (memberId is { } unknown && register is not null && card is null)
            throw new BoardValidationException("memberId", $"Ingen medlem {unknown} i föreningen.");
        var resolved = card?.Name ?? name?.Trim();
        if (string.IsNullOrWhiteSpace(resolved)) throw new BoardValidationException("name", "Ange ett namn.");
        return (resolved, card?.Gender ?? gender ?? Gender.NotStated);
    }

    private static int RoleOrder(string role) => role switch
    {
        BoardFunctions.Chair => 0,
        BoardFunctions.ViceChair => 1,
        BoardFunctions.Treasurer => 2,
        BoardFunctions.Secretary => 3,
        BoardRole.Member => 8,
        BoardRole.Substitute => 9,
        _ => 5,
    };
}

internal sealed record NewRole(Guid? MemberId, string? Name, string? Gender, string? Role, DateOnly? From, DateOnly? Until);
