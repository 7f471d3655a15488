using Federation.Board.Storage;
using Federation.Extensions;
using Federation.Platform.Web;
using Federation.Membership.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// The association's municipal groups (<see cref="MunicipalGroup"/>): their members, chosen from the elected officials;
/// their functions; their rules of procedure and who was told of them; their meetings by theme. Every change is logged
/// with who and when. The plan reads two measures: the officials informed of the current rules (seeds 000 and 002)
/// and the initiative-writing meetings each semester (seed 000).
/// </summary>
internal sealed class MunicipalGroups(BoardDbContext db, BoardComposition board, IServiceProvider services, TimeProvider clock)
{
    /// <summary>Share of the elected officials told of every group's current rules of procedure.</summary>
    public const string InformedMeasure = "officials-informed-of-rules-of-procedure";

    /// <summary>The groups' meetings with the theme initiative writing, each on its day.</summary>
    public const string InitiativeMeasure = "municipal-group-meetings:initiative-writing";

    /// <summary>The officers every group must have (seed 003).</summary>
    public static readonly IReadOnlyList<string> Officers = [BoardFunctions.InternalFeministOfficer, BoardFunctions.AntiracistOfficer];

    /// <summary>The functions a group has: its leader and the officers.</summary>
    public static readonly IReadOnlyList<string> Functions = [BoardFunctions.GroupLeader, .. Officers];

    /// <summary>Every group with what the page shows; the names shown are logged as one read of member data.</summary>
    public async Task<IReadOnlyList<GroupOverview>> List(CancellationToken ct = default)
    {
        var groups = await db.MunicipalGroups.AsNoTracking().OrderBy(g => g.Name).ToListAsync(ct);
        if (groups.Count == 0) return [];
        var members = await db.MunicipalGroupMembers.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        var functions = await db.MunicipalGroupFunctions.AsNoTracking().ToListAsync(ct);
        var meetings = await db.MunicipalGroupMeetings.AsNoTracking().OrderByDescending(m => m.Date).ToListAsync(ct);
        var briefings = await db.RulesBriefings.AsNoTracking().ToListAsync(ct);
        var changes = await db.MunicipalGroupChanges.AsNoTracking().OrderByDescending(c => c.At).ToListAsync(ct);
        var officials = await board.ElectedOfficials(Stockholm.Today(clock), ct);
        var list = groups.Select(g => new GroupOverview(g,
            [.. members.Where(m => m.GroupId == g.Id)],
            [.. functions.Where(f => f.GroupId == g.Id)],
            [.. meetings.Where(m => m.GroupId == g.Id)],
            [.. officials.Select(o => new BriefingRow(o.MemberId, o.Name,
                briefings.FirstOrDefault(b => b.GroupId == g.Id && b.MemberId == o.MemberId)?.InformedOn, g.RulesChangedOn))],
            [.. changes.Where(c => c.GroupId == g.Id).Take(20)])).ToList();
        if (services.GetService<IMemberDirectory>() is { } register)
            await register.Shown(members.Select(m => m.MemberId).Concat(officials.Select(o => o.MemberId)).Distinct(), "municipal groups", ct);
        return list;
    }

    public async Task<MunicipalGroup> Create(string? name, string by, CancellationToken ct = default)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw new BoardValidationException("name", "Ge gruppen ett namn, t.ex. ”KF-gruppen i Solna”.");
        if (trimmed.Length > 200) throw new BoardValidationException("name", "Namnet får vara högst 200 tecken.");
        if (await db.MunicipalGroups.AnyAsync(g => g.Name == trimmed, ct))
            throw new BoardValidationException("name", $"Föreningen har redan en grupp som heter ”{trimmed}”.");
        var group = new MunicipalGroup { Id = Guid.NewGuid(), Name = trimmed, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.MunicipalGroups.Add(group);
        return await Save(group, by, $"Skapade gruppen ”{trimmed}”", ct);
    }

    /// <summary>Sets the rules of procedure (a text, a link or both) and the day they last changed (today when not given).</summary>
    public async Task<MunicipalGroup> SetRules(Guid groupId, string? text, string? link, DateOnly? changedOn, string by, CancellationToken ct = default)
    {
        var group = await Group(groupId, ct);
        var (body, url) = (Blank(text), Blank(link));
        if (body is null && url is null) throw new BoardValidationException("rules", "Skriv in arbetsordningen eller en länk till den.");
        if (body?.Length > 20_000) throw new BoardValidationException("rules", "Arbetsordningen får vara högst 20 000 tecken; länka hellre till den.");
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            throw new BoardValidationException("link", "Länken måste vara en webbadress som börjar med https:// eller http://.");
        var today = Stockholm.Today(clock);
        var day = changedOn ?? today;
        if (day > today) throw new BoardValidationException("changedOn", "Arbetsordningen kan inte ha ändrats i framtiden.");
        (group.RulesText, group.RulesLink, group.RulesChangedOn) = (body, url, day);
        return await Save(group, by, $"Arbetsordningen ändrad {day:yyyy-MM-dd}: de som informerats tidigare behöver informeras igen", ct);
    }

    public async Task<MunicipalGroupMember> AddMember(Guid groupId, Guid? memberId, string by, CancellationToken ct = default)
    {
        var group = await Group(groupId, ct);
        var official = await Official(memberId, ct);
        if (await db.MunicipalGroupMembers.AnyAsync(m => m.GroupId == groupId && m.MemberId == official.MemberId, ct))
            throw new BoardValidationException("memberId", $"{official.Name} är redan med i {group.Name}.");
        var member = new MunicipalGroupMember
        {
            Id = Guid.NewGuid(), GroupId = groupId, MemberId = official.MemberId, Name = official.Name, From = Stockholm.Today(clock),
        };
        db.MunicipalGroupMembers.Add(member);
        await Save(group, by, $"Lade till {official.Name} i gruppen", ct);
        return member;
    }

    /// <summary>Takes a member out of the group, with the functions they held in it.</summary>
    public async Task RemoveMember(Guid groupId, Guid memberId, string by, CancellationToken ct = default)
    {
        var group = await Group(groupId, ct);
        var member = await db.MunicipalGroupMembers.FirstOrDefaultAsync(m => m.GroupId == groupId && m.MemberId == memberId, ct)
            ?? throw new BoardValidationException("memberId", $"Medlemmen är inte med i {group.Name}.");
        db.MunicipalGroupMembers.Remove(member);
        db.MunicipalGroupFunctions.RemoveRange(await db.MunicipalGroupFunctions.Where(f => f.GroupId == groupId && f.MemberId == memberId).ToListAsync(ct));
        await Save(group, by, $"Tog bort {member.Name} ur gruppen", ct);
    }

    /// <summary>Gives the function to one of the group's members (replacing its holder), or leaves it vacant when <paramref name="memberId"/> is null.</summary>
    public async Task AssignFunction(Guid groupId, string? function, Guid? memberId, string by, CancellationToken ct = default)
    {
        var group = await Group(groupId, ct);
        if (function is null || !Functions.Contains(function))
            throw new BoardValidationException("function", $"Okänd funktion ”{function}”. Välj {string.Join(", ", Functions.Select(f => BoardFunctionNames.Name(f)))}.");
        var name = BoardFunctionNames.Name(function);
        MunicipalGroupMember? holder = null;
        if (memberId is not null)
            holder = await db.MunicipalGroupMembers.FirstOrDefaultAsync(m => m.GroupId == groupId && m.MemberId == memberId, ct)
                ?? throw new BoardValidationException("memberId", $"Funktionen går till någon i gruppen: lägg först till medlemmen i {group.Name}.");
        db.MunicipalGroupFunctions.RemoveRange(await db.MunicipalGroupFunctions.Where(f => f.GroupId == groupId && f.Function == function).ToListAsync(ct));
        if (holder is not null)
            db.MunicipalGroupFunctions.Add(new MunicipalGroupFunction
            {
                Id = Guid.NewGuid(), GroupId = groupId, Function = function, MemberId = holder.MemberId, From = Stockholm.Today(clock),
            });
        await Save(group, by, holder is null ? $"{name}: vakant" : $"{name}: {holder.Name}", ct);
    }

    /// <summary>Records that an elected official was told of the group's current rules of procedure on <paramref name="on"/> (today when not given).</summary>
    public async Task<RulesBriefing> MarkInformed(Guid groupId, Guid? memberId, DateOnly? on, string by, CancellationToken ct = default)
    {
        var group = await Group(groupId, ct);
        if (group.RulesChangedOn is not { } changed) throw new BoardValidationException("groupId", $"{group.Name} har ingen arbetsordning ännu: lägg in den först.");
        var official = await Official(memberId, ct);
        var today = Stockholm.Today(clock);
        var day = on ?? today;
        if (day > today) throw new BoardValidationException("on", "Någon kan inte markeras som informerad i förväg.");
        if (day < changed)
            throw new BoardValidationException("on", $"Arbetsordningen ändrades {changed:yyyy-MM-dd}: information före dess gällde den förra arbetsordningen.");
        var briefing = await db.RulesBriefings.FirstOrDefaultAsync(b => b.GroupId == groupId && b.MemberId == official.MemberId, ct);
        if (briefing is null) db.RulesBriefings.Add(briefing = new RulesBriefing { Id = Guid.NewGuid(), GroupId = groupId, MemberId = official.MemberId });
        (briefing.InformedOn, briefing.RecordedBy, briefing.RecordedAt) = (day, by, clock.GetUtcNow().UtcDateTime);
        await Save(group, by, $"{official.Name} informerad om arbetsordningen {day:yyyy-MM-dd}", ct);
        return briefing;
    }

    public async Task<MunicipalGroupMeeting> AddMeeting(Guid groupId, DateOnly? date, string? theme, string? note, string by, CancellationToken ct = default)
    {
        var group = await Group(groupId, ct);
        if (date is null) throw new BoardValidationException("date", "Ange vilken dag mötet hålls.");
        if (theme is null || MunicipalGroupThemes.All.All(t => t.Id != theme))
            throw new BoardValidationException("theme", $"Okänt tema ”{theme}”. Välj {string.Join(", ", MunicipalGroupThemes.All.Select(t => t.Swedish))}.");
        var text = Blank(note);
        if (text?.Length > 500) throw new BoardValidationException("note", "Anteckningen får vara högst 500 tecken.");
        var meeting = new MunicipalGroupMeeting { Id = Guid.NewGuid(), GroupId = groupId, Date = date.Value, Theme = theme, Note = text };
        db.MunicipalGroupMeetings.Add(meeting);
        await Save(group, by, $"Möte {date:yyyy-MM-dd} med tema {MunicipalGroupThemes.Name(theme)}", ct);
        return meeting;
    }

    /// <summary>
    /// Of the elected officials on <paramref name="asOf"/>, the share (percent) told of every group's current rules by then;
    /// a group without rules has told nobody. Null without groups or officials.
    /// </summary>
    public async Task<decimal?> InformedShare(DateOnly asOf, CancellationToken ct = default)
    {
        var groups = await db.MunicipalGroups.AsNoTracking().ToListAsync(ct);
        var officials = await board.ElectedOfficials(asOf, ct);
        if (groups.Count == 0 || officials.Count == 0) return null;
        var briefings = await db.RulesBriefings.AsNoTracking().Where(b => b.InformedOn <= asOf).ToListAsync(ct);
        var informed = officials.Count(o => groups.All(g =>
            new BriefingRow(o.MemberId, o.Name, briefings.FirstOrDefault(b => b.GroupId == g.Id && b.MemberId == o.MemberId)?.InformedOn, g.RulesChangedOn).Informed));
        return Math.Round(100m * informed / officials.Count, 1);
    }

    /// <summary>The days of the groups' initiative-writing meetings held between the dates and by <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<DateOnly>> InitiativeMeetings(DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct = default) =>
        await db.MunicipalGroupMeetings.AsNoTracking()
            .Where(m => m.Theme == MunicipalGroupThemes.InitiativeWriting && m.Date >= from && m.Date <= to && m.Date <= asOf)
            .Select(m => m.Date).ToListAsync(ct);

    private async Task<MunicipalGroup> Group(Guid groupId, CancellationToken ct) =>
        await db.MunicipalGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct)
            ?? throw new BoardValidationException("groupId", "Den kommunala gruppen finns inte i föreningen.");

    /// <summary>One of the association's elected officials today: the group's members are chosen from them.</summary>
    private async Task<ElectedOfficial> Official(Guid? memberId, CancellationToken ct) =>
        (await board.ElectedOfficials(Stockholm.Today(clock), ct)).FirstOrDefault(o => o.MemberId == memberId)
            ?? throw new BoardValidationException("memberId", "Medlemmen är inte förtroendevald i föreningen: välj en av de förtroendevalda (Styrelsen → förtroendevalda).");

    private async Task<MunicipalGroup> Save(MunicipalGroup group, string by, string description, CancellationToken ct)
    {
        db.MunicipalGroupChanges.Add(new MunicipalGroupChange
        {
            Id = Guid.NewGuid(), GroupId = group.Id, At = clock.GetUtcNow().UtcDateTime, By = by, Description = description,
        });
        await db.SaveChangesAsync(ct);
        return group;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A group with its members, function holders, meetings (newest first), the officials' briefings and its latest changes.</summary>
internal sealed record GroupOverview(
    MunicipalGroup Group, IReadOnlyList<MunicipalGroupMember> Members, IReadOnlyList<MunicipalGroupFunction> Functions,
    IReadOnlyList<MunicipalGroupMeeting> Meetings, IReadOnlyList<BriefingRow> Briefings, IReadOnlyList<MunicipalGroupChange> Changes)
{
    public IEnumerable<BriefingRow> NotInformed => Briefings.Where(b => !b.Informed);

    /// <summary>The share (percent) of today's officials told of the current rules; null without officials.</summary>
    public decimal? InformedShare => Briefings.Count == 0 ? null : Math.Round(100m * Briefings.Count(b => b.Informed) / Briefings.Count, 1);

    public string? Holder(string function) =>
        Functions.FirstOrDefault(f => f.Function == function) is { } f ? Members.FirstOrDefault(m => m.MemberId == f.MemberId)?.Name : null;

    /// <summary>The group's initiative-writing meetings held in [from, to] by <paramref name="asOf"/>.</summary>
    public int Initiatives(DateOnly from, DateOnly to, DateOnly asOf) =>
        Meetings.Count(m => m.Theme == MunicipalGroupThemes.InitiativeWriting && m.Date >= from && m.Date <= to && m.Date <= asOf);
}

/// <summary>An elected official and the last day they were told of the group's rules; told before the rules changed is not told.</summary>
internal sealed record BriefingRow(Guid MemberId, string Name, DateOnly? InformedOn, DateOnly? RulesChangedOn)
{
    public bool Informed => InformedOn is { } on && RulesChangedOn is { } changed && on >= changed;
}
