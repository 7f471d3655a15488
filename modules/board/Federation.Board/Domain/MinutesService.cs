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

    public async Task<AgendaItem> WriteMinutes(Guid meetingId, Guid itemId, string? text, CancellationToken ct = default)
    {
        await Unlocked(meetingId, ct);
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId, ct)
            ?? throw new BoardValidationException("itemId", "Punkten finns inte på mötets dagordning.");
        item.Minutes = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        await db.SaveChangesAsync(ct);
        return item;
    }

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

    /// <summary>Approval (justering) by the chair and one or two adjusters locks the minutes.</summary>
    public async Task<Meeting> Approve(Guid meetingId, string? chair, IReadOnlyList<string>? adjusters, DateOnly on, CancellationToken ct = default)
    {
        var meeting = await Unlocked(meetingId, ct);
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
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    private async Task<Meeting> Unlocked(Guid meetingId, CancellationToken ct)
    {
        var meeting = await Meeting(meetingId, ct);
        if (meeting.Locked)
            throw new BoardValidationException("meetingId", "Protokollet är justerat och låst. Öppna en ny version, med skäl, för att ändra det.");
        return meeting;
    }
}
