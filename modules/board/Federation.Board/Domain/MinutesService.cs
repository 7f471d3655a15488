using Federation.Board.Storage;
using Federation.Membership.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Domain;

/// <summary>
/// A meeting's agenda, attendance, minutes and decisions. Approved (justerade) minutes are locked: every change
/// is refused until someone reopens them with a reason, which logs the approved text as a revision.
/// </summary>
internal sealed class MinutesService(BoardDbContext db, BoardComposition board, IServiceProvider services)
{
    public async Task<Meeting> Meeting(Guid id, CancellationToken ct = default) =>
        await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new BoardValidationException("meetingId", "Mötet finns inte.");

    public async Task<List<AgendaItem>> Items(Guid meetingId, CancellationToken ct = default) =>
        await db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Number).ToListAsync(ct);

    public async Task<List<Decision>> Decisions(Guid meetingId, CancellationToken ct = default) =>
        (await db.Decisions.Where(d => d.MeetingId == meetingId).ToListAsync(ct)).OrderBy(d => d.DueOn ?? DateOnly.MaxValue).ToList();

    public async Task<List<MeetingAttendee>> Attendees(Guid meetingId, CancellationToken ct = default) =>
        await db.Attendees.Where(a => a.MeetingId == meetingId).OrderBy(a => a.Name).ToListAsync(ct);

    public async Task<List<MinutesRevision>> Revisions(Guid meetingId, CancellationToken ct = default) =>
        await db.MinutesRevisions.Where(r => r.MeetingId == meetingId).OrderBy(r => r.Version).ToListAsync(ct);

    /// <summary>Decisions of earlier meetings not yet done: they follow to each next meeting until marked done.</summary>
    public async Task<List<(Decision Decision, Meeting From)>> CarriedOver(Meeting meeting, CancellationToken ct = default)
    {
        var earlier = await db.Meetings.Where(m => m.Date < meeting.Date).ToDictionaryAsync(m => m.Id, ct);
        var ids = earlier.Keys.ToList();
        return (await db.Decisions.Where(d => d.DoneOn == null && ids.Contains(d.MeetingId)).ToListAsync(ct))
            .Select(d => (d, earlier[d.MeetingId])).OrderBy(x => x.Item2.Date).ToList();
    }

    public async Task<AgendaItem> AddItem(Guid meetingId, string? title, string? attachment, CancellationToken ct = default)
    {
        await Unlocked(meetingId, ct);
        if (string.IsNullOrWhiteSpace(title)) throw new BoardValidationException("title", "Punkten behöver en rubrik.");
        var number = await db.AgendaItems.Where(i => i.MeetingId == meetingId).Select(i => (int?)i.Number).MaxAsync(ct) ?? 0;
        var item = new AgendaItem
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, Number = number + 1, Title = title.Trim(),
            Attachment = string.IsNullOrWhiteSpace(attachment) ? null : attachment.Trim(),
        };
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync(ct);
        return item;
    }

    /// <summary>
    /// Writes one item's minutes, based on the <paramref name="revision"/> the writer saw (none: unconditionally): when
    /// someone else saved the item since, nothing is written and <see cref="MinutesConflictException"/> hands back their text.
    /// </summary>
    public async Task<AgendaItem> WriteMinutes(Guid meetingId, Guid itemId, string? text, int? revision, CancellationToken ct = default)
    {
        var current = revision ?? await db.AgendaItems.Where(i => i.Id == itemId).Select(i => (int?)i.Revision).FirstOrDefaultAsync(ct) ?? 0;
        var result = await SaveAll(meetingId, [new ItemEdit(itemId, text, null, current)], ct);
        return result.Conflicts.Count > 0 ? throw new MinutesConflictException(result.Conflicts[0])
            : result.Saved.Count > 0 ? result.Saved[0] : (await Items(meetingId, ct)).Single(i => i.Id == itemId);
    }

    /// <summary>
    /// Saves the whole page at once: each item whose text the writer changed (<see cref="ItemEdit.Base"/> is what they
    /// started from) and that nobody else saved since <see cref="ItemEdit.Revision"/>. The others' newer texts come back as
    /// conflicts and are never overwritten; the writer's text is not lost either, since the page shows it again.
    /// </summary>
    public async Task<MinutesSave> SaveAll(Guid meetingId, IReadOnlyList<ItemEdit> edits, CancellationToken ct = default)
    {
        await Unlocked(meetingId, ct);
        var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId).ToDictionaryAsync(i => i.Id, ct);
        var saved = new List<AgendaItem>();
        var conflicts = new List<AgendaItem>();
        foreach (var edit in edits)
        {
            if (!items.TryGetValue(edit.ItemId, out var item)) throw new BoardValidationException("itemId", "Punkten finns inte på mötets dagordning.");
            var text = Clean(edit.Text);
            if ((edit.Base is not null && text == Clean(edit.Base)) || text == item.Minutes) continue; // untouched, or already so
            if (item.Revision != edit.Revision) { conflicts.Add(item); continue; }
            item.Minutes = text;
            item.Revision++;
            saved.Add(item);
        }
        await db.SaveChangesAsync(ct);
        return new MinutesSave(saved, conflicts);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");

    public async Task<Decision> AddDecision(Guid meetingId, Guid? itemId, string? text, string? responsible, DateOnly? dueOn, CancellationToken ct = default)
    {
        var meeting = await Unlocked(meetingId, ct);
        if (string.IsNullOrWhiteSpace(text)) throw new BoardValidationException("text", "Beslutet behöver en text.");
        if (itemId is { } id && !await db.AgendaItems.AnyAsync(i => i.Id == id && i.MeetingId == meetingId, ct))
            throw new BoardValidationException("itemId", "Punkten finns inte på mötets dagordning.");
        if (dueOn < meeting.Date) throw new BoardValidationException("dueOn", "Beslutet kan inte vara klart före mötet.");
        var decision = new Decision
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, AgendaItemId = itemId, Text = text.Trim(),
            Responsible = string.IsNullOrWhiteSpace(responsible) ? null : responsible.Trim(), DueOn = dueOn,
        };
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return decision;
    }

    /// <summary>Marks a decision carried out; this follows the decision up and does not change any protocol.</summary>
    public async Task<Decision> MarkDone(Guid decisionId, DateOnly on, CancellationToken ct = default)
    {
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == decisionId, ct)
            ?? throw new BoardValidationException("decisionId", "Beslutet finns inte.");
        decision.DoneOn ??= on;
        await db.SaveChangesAsync(ct);
        return decision;
    }

    /// <summary>Someone present; the gender category (for the speaker statistics) is the member register's for a member.</summary>
    public async Task<MeetingAttendee> AddAttendee(Guid meetingId, Guid? memberId, string? name, bool voting, string? gender = null, CancellationToken ct = default)
    {
        await Unlocked(meetingId, ct);
        var card = memberId is { } id && services.GetService<IMemberDirectory>() is { } directory ? await directory.Find(id, ct) : null;
        name = card?.Name ?? name;
        if (string.IsNullOrWhiteSpace(name)) throw new BoardValidationException("name", "Ange namnet på den närvarande.");
        if (gender is not null && !Gender.All.Contains(gender))
            throw new BoardValidationException("gender", $"Okänt kön '{gender}'. Välj {string.Join(", ", Gender.All)}.");
        var attendee = new MeetingAttendee
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, MemberId = memberId, Name = name.Trim(), Voting = voting,
            Gender = card?.Gender ?? gender ?? Gender.NotStated,
        };
        db.Attendees.Add(attendee);
        await db.SaveChangesAsync(ct);
        return attendee;
    }

    /// <summary>
    /// Present voting members against the quorum: the meeting's own number if set, else for a board meeting more
    /// than half of the board's members (substitutes excluded) on the day; other meetings are quorate as called.
    /// </summary>
    public async Task<(int Present, int? Required)> Quorum(Meeting meeting, CancellationToken ct = default)
    {
        var present = await db.Attendees.CountAsync(a => a.MeetingId == meeting.Id && a.Voting, ct);
        if (meeting.Quorum is { } set) return (present, set);
        if (meeting.Kind != ActivityTypes.BoardMeeting) return (present, null);
        var seats = (await board.ActiveRoles(meeting.Date, ct)).Where(r => r.Role != BoardRole.Substitute)
            .Select(r => r.MemberId?.ToString() ?? r.Name).Distinct().Count();
        return (present, seats == 0 ? null : seats / 2 + 1);
    }

    /// <summary>
    /// Records an approval made on paper: the chair and one or two adjusters signed a printed copy, and the board
    /// notes it, which locks the minutes. Adjusters who sign in approve with <see cref="Approve(Guid, string?, DateOnly, DateTime, CancellationToken)"/>.
    /// </summary>
    public async Task<Meeting> RecordApproval(Guid meetingId, string? chair, IReadOnlyList<string>? adjusters, DateOnly on, CancellationToken ct = default)
    {
        var meeting = await Unlocked(meetingId, ct);
        NotBefore(meeting, on);
        if (string.IsNullOrWhiteSpace(chair)) throw new BoardValidationException("chair", "Mötesordföranden justerar protokollet: ange namnet.");
        var names = (adjusters ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct().ToList();
        if (names.Count is < 1 or > 2) throw new BoardValidationException("adjusters", "Protokollet justeras av en eller två justerare.");
        if (names.Contains(chair.Trim(), StringComparer.OrdinalIgnoreCase))
            throw new BoardValidationException("adjusters", "Justeraren kan inte vara mötesordföranden.");
        meeting.Locked = true;
        meeting.ApprovedOn = on;
        meeting.ApprovedByChair = chair.Trim();
        meeting.Adjusters = string.Join(", ", names);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<List<MeetingAdjuster>> Adjusters(Guid meetingId, CancellationToken ct = default) =>
        await db.Adjusters.Where(a => a.MeetingId == meetingId).OrderBy(a => a.Name).ToListAsync(ct);

    /// <summary>
    /// The meeting names its chair and elects two adjusters (justerare), each with the email they sign in with. Electing
    /// again replaces the adjusters and their approvals: the minutes are approved by those elected last.
    /// </summary>
    public async Task<Meeting> ElectAdjusters(Guid meetingId, string? chair, IReadOnlyList<(string? Name, string? Email)> adjusters, CancellationToken ct = default)
    {
        var meeting = await Unlocked(meetingId, ct);
        if (string.IsNullOrWhiteSpace(chair)) throw new BoardValidationException("chair", "Ange mötesordförandens namn.");
        var elected = adjusters.Where(a => !string.IsNullOrWhiteSpace(a.Name) || !string.IsNullOrWhiteSpace(a.Email)).ToList();
        if (elected.Count != 2) throw new BoardValidationException("adjusters", "Mötet väljer två justerare, var och en med namn och e-postadress.");
        if (elected.Any(a => string.IsNullOrWhiteSpace(a.Name) || string.IsNullOrWhiteSpace(a.Email) || !a.Email.Contains('@')))
            throw new BoardValidationException("adjusters", "Varje justerare behöver namn och den e-postadress hen loggar in med.");
        if (elected[0].Email!.Trim().Equals(elected[1].Email!.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new BoardValidationException("adjusters", "De två justerarna måste vara två olika personer.");
        if (elected.Any(a => a.Name!.Trim().Equals(chair.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw new BoardValidationException("adjusters", "Justeraren kan inte vara mötesordföranden.");
        db.Adjusters.RemoveRange(await db.Adjusters.Where(a => a.MeetingId == meetingId).ToListAsync(ct));
        db.Adjusters.AddRange(elected.Select(a => new MeetingAdjuster
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, Name = a.Name!.Trim(), Email = a.Email!.Trim().ToLowerInvariant(),
        }));
        meeting.Chair = chair.Trim();
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    /// <summary>
    /// The signed-in adjuster approves (justerar) the minutes; when both have, they lock, approved on
    /// <paramref name="on"/>. Not before the meeting took place, and only by an elected adjuster.
    /// </summary>
    public async Task<Meeting> Approve(Guid meetingId, string? email, DateOnly on, DateTime at, CancellationToken ct = default)
    {
        var meeting = await Unlocked(meetingId, ct);
        NotBefore(meeting, on);
        var adjusters = await db.Adjusters.Where(a => a.MeetingId == meetingId).ToListAsync(ct);
        if (adjusters.Count == 0) throw new BoardValidationException("adjusters", "Mötet har inte valt justerare än.");
        var me = adjusters.FirstOrDefault(a => a.Email.Equals(email?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new BoardValidationException("adjusters", $"Du ({email}) är inte vald till justerare för det här mötet; justerare är {string.Join(" och ", adjusters.Select(a => a.Name))}.");
        me.ApprovedAt ??= at;
        if (adjusters.All(a => a.ApprovedAt is not null))
        {
            meeting.Locked = true;
            meeting.ApprovedOn = on;
            meeting.ApprovedByChair = meeting.Chair;
            meeting.Adjusters = string.Join(", ", adjusters.OrderBy(a => a.ApprovedAt).Select(a => a.Name));
        }
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    /// <summary>Opens a new version of approved minutes, logging the approved text, who and why.</summary>
    public async Task<Meeting> Reopen(Guid meetingId, string? reason, string by, string approvedProtocol, CancellationToken ct = default)
    {
        var meeting = await Meeting(meetingId, ct);
        if (!meeting.Locked) throw new BoardValidationException("meetingId", "Protokollet är inte justerat; det kan ändras direkt.");
        if (string.IsNullOrWhiteSpace(reason)) throw new BoardValidationException("reason", "Ange varför det justerade protokollet ändras.");
        db.MinutesRevisions.Add(new MinutesRevision
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, Version = meeting.Version, Reason = reason.Trim(),
            ChangedBy = by, ChangedAt = DateTime.UtcNow, Snapshot = approvedProtocol,
        });
        meeting.Version++;
        meeting.Locked = false;
        meeting.ApprovedOn = null;
        meeting.ApprovedByChair = null;
        meeting.Adjusters = null;
        // The new version needs its own approval by the same adjusters.
        foreach (var adjuster in await db.Adjusters.Where(a => a.MeetingId == meetingId).ToListAsync(ct)) adjuster.ApprovedAt = null;
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    private static void NotBefore(Meeting meeting, DateOnly on)
    {
        if (on < meeting.Date)
            throw new BoardValidationException("meetingId", $"Mötet hålls {meeting.Date:yyyy-MM-dd}; protokollet kan justeras först när mötet har ägt rum.");
    }

    private async Task<Meeting> Unlocked(Guid meetingId, CancellationToken ct)
    {
        var meeting = await Meeting(meetingId, ct);
        if (meeting.Locked)
            throw new BoardValidationException("meetingId", "Protokollet är justerat och låst. Öppna en ny version, med skäl, för att ändra det.");
        return meeting;
    }
}

/// <summary>An item's minutes as a writer sends them: the text, the text they started from, and its revision.</summary>
internal sealed record ItemEdit(Guid ItemId, string? Text, string? Base, int Revision);

/// <summary>What a save wrote, and the items someone else had saved meanwhile (with their text).</summary>
internal sealed record MinutesSave(IReadOnlyList<AgendaItem> Saved, IReadOnlyList<AgendaItem> Conflicts);

/// <summary>Someone else saved the item's minutes since the writer read them; <see cref="Current"/> is what they saved.</summary>
internal sealed class MinutesConflictException(AgendaItem current)
    : Exception($"§ {current.Number} {current.Title} har ändrats av någon annan sedan du läste den. Läs deras text, för in din och spara igen.")
{
    public AgendaItem Current { get; } = current;
}
