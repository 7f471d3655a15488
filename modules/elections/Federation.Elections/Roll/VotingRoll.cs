using Federation.Elections.Domain;
using Federation.Elections.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Elections.Roll;

/// <summary>The meeting's voting roll (röstlängd): who may vote and who is present. The issue asks
/// for "each eligible, present member gets one single-use code"; codes are issued from this roll, and
/// every change made once someone is checked in is written to the meeting's log.</summary>
internal sealed class VotingRoll(ElectionsDbContext db, IServiceProvider services, Actor actor)
{
    /// <summary>The roll; the members on it are logged as read (membership's access log).</summary>
    public async Task<List<Voter>> Voters(Guid meetingId, CancellationToken ct)
    {
        var voters = await db.Voters.Where(v => v.MeetingId == meetingId).OrderBy(v => v.Name).ThenBy(v => v.AddedAt).ToListAsync(ct);
        if (services.GetService<IMemberDirectory>() is { } directory)
            await directory.Shown(voters.Where(v => v.MemberId is not null).Select(v => v.MemberId!.Value), "voting roll", ct);
        return voters;
    }

    public async Task<RollCount> Count(Guid meetingId, CancellationToken ct)
    {
        var present = await db.Voters.CountAsync(v => v.MeetingId == meetingId && v.Present, ct);
        return new RollCount(await db.Voters.CountAsync(v => v.MeetingId == meetingId, ct), present);
    }

    /// <summary>The roll's count and those present who have no code for <paramref name="election"/> yet.</summary>
    public async Task<(RollCount Count, List<Voter> Waiting)> WithoutCode(Election election, CancellationToken ct)
    {
        var issued = db.CodeIssues.Where(i => i.ElectionId == election.Id).Select(i => i.VoterId);
        var waiting = await db.Voters.Where(v => v.MeetingId == election.MeetingId && v.Present && !issued.Contains(v.Id)).OrderBy(v => v.Name).ToListAsync(ct);
        return (await Count(election.MeetingId, ct), waiting);
    }

    /// <summary>Adds a member of the register (name from it) or, with no member id, a person by name.</summary>
    public async Task<Voter> Add(Guid meetingId, RollEntry input, CancellationToken ct)
    {
        _ = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new ElectionNotFound("meeting");
        Limits.Length("name", input.Name, Limits.Name);
        string name;
        if (input.MemberId is { } memberId)
        {
            var card = await Directory().Find(memberId, ct) ?? throw new ElectionProblem("memberId", Text.T($"Föreningen har ingen medlem {memberId}.", $"no member {memberId} in this association"));
            if (await db.Voters.AnyAsync(v => v.MeetingId == meetingId && v.MemberId == memberId, ct))
                throw new ElectionProblem("memberId", Text.T($"{card.Name} står redan i röstlängden.", $"{card.Name} is already on the voting roll"));
            name = card.Name;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(input.Name)) throw new ElectionProblem("name", Federation.Platform.Web.Text.T("Ange väljarens namn.", "the voter's name is required"));
            name = input.Name.Trim();
        }
        var voter = new Voter { Id = Guid.NewGuid(), MeetingId = meetingId, MemberId = input.MemberId, Name = name, Present = input.Present, AddedAt = DateTime.UtcNow };
        db.Voters.Add(voter);
        Log(meetingId, input.Present ? $"{name} lades till i röstlängden och är närvarande" : $"{name} lades till i röstlängden");
        await db.SaveChangesAsync(ct);
        return voter;
    }

    /// <summary>Puts every current member of the register — or of one of its smart lists — on the roll in one
    /// go, not yet present; members already on it are left as they are. One line in the log for the batch.</summary>
    public async Task<int> AddMembers(Guid meetingId, Guid? smartListId, CancellationToken ct)
    {
        _ = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new ElectionNotFound("meeting");
        var members = await Directory().Audience(smartListId, ct);
        var onRoll = (await db.Voters.Where(v => v.MeetingId == meetingId && v.MemberId != null).Select(v => v.MemberId!.Value).ToListAsync(ct)).ToHashSet();
        var now = DateTime.UtcNow;
        var added = members.Where(m => onRoll.Add(m.MemberId))
            .Select(m => new Voter { Id = Guid.NewGuid(), MeetingId = meetingId, MemberId = m.MemberId, Name = m.Name, AddedAt = now }).ToList();
        db.Voters.AddRange(added);
        Log(meetingId, $"{added.Count} medlemmar ur medlemsregistret lades till i röstlängden");
        await db.SaveChangesAsync(ct);
        return added.Count;
    }

    /// <summary>Checks in everyone on an attendance list (one member number or name a line, as read at the
    /// door): members not yet on the roll are added. Each arrival is logged; lines that match nobody, or
    /// more than one, are returned so they can be checked by hand — nothing else is changed by them.</summary>
    public async Task<(int CheckedIn, List<string> Unmatched)> CheckIn(Guid meetingId, string? attendance, CancellationToken ct)
    {
        _ = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new ElectionNotFound("meeting");
        var lines = (attendance ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (lines.Count == 0) throw new ElectionProblem("attendance", Text.T("Närvarolistan är tom: skriv ett medlemsnummer eller namn per rad.", "The attendance list is empty: one member number or name per line."));
        var voters = await db.Voters.Where(v => v.MeetingId == meetingId).ToListAsync(ct);
        var directory = services.GetService<IMemberDirectory>();
        var numbers = directory is null ? new Dictionary<string, Guid>()
            : (await directory.Cards(voters.Where(v => v.MemberId is not null).Select(v => v.MemberId!.Value), "voting roll", ct)).Values.ToDictionary(c => c.MemberNumber, c => c.MemberId);
        var (checkedIn, unmatched) = (0, new List<string>());
        foreach (var line in lines)
        {
            var byName = voters.Where(v => string.Equals(v.Name, line, StringComparison.CurrentCultureIgnoreCase)).ToList();
            var voter = byName.Count == 1 ? byName[0] : numbers.TryGetValue(line, out var onRoll) ? voters.First(v => v.MemberId == onRoll) : null;
            // Not on the roll yet: a member of the register, by number or name, is added as they arrive.
            if (voter is null && byName.Count == 0 && directory is not null
                && (await directory.Search(line, 2, ct)).Where(m => m.MemberNumber == line || string.Equals(m.Name, line, StringComparison.CurrentCultureIgnoreCase)).ToList() is [var card])
            {
                voter = new Voter { Id = Guid.NewGuid(), MeetingId = meetingId, MemberId = card.MemberId, Name = card.Name, AddedAt = DateTime.UtcNow };
                db.Voters.Add(voter);
                voters.Add(voter);
                Log(meetingId, $"{card.Name} lades till i röstlängden");
            }
            if (voter is null) { unmatched.Add(line); continue; }
            if (voter.Present) continue;
            voter.Present = true;
            checkedIn++;
            Log(meetingId, $"{voter.Name} är närvarande");
        }
        await db.SaveChangesAsync(ct);
        return (checkedIn, unmatched);
    }

    /// <summary>Checks a voter in (present) or out (left the meeting); logged either way.</summary>
    public async Task<Voter> SetPresent(Guid meetingId, Guid voterId, bool present, CancellationToken ct)
    {
        var voter = await db.Voters.FirstOrDefaultAsync(v => v.Id == voterId && v.MeetingId == meetingId, ct) ?? throw new ElectionNotFound("voter");
        if (voter.Present == present) return voter;
        voter.Present = present;
        Log(meetingId, present ? $"{voter.Name} är närvarande" : $"{voter.Name} lämnade mötet");
        await db.SaveChangesAsync(ct);
        return voter;
    }

    /// <summary>Takes someone off the roll (entered by mistake, not a member); not once they hold a code.</summary>
    public async Task Remove(Guid meetingId, Guid voterId, CancellationToken ct)
    {
        var voter = await db.Voters.FirstOrDefaultAsync(v => v.Id == voterId && v.MeetingId == meetingId, ct) ?? throw new ElectionNotFound("voter");
        if (await db.CodeIssues.AnyAsync(i => i.VoterId == voterId, ct))
            throw new ElectionProblem("voter", Text.T($"{voter.Name} har fått en röstkod och står kvar i röstlängden; tryck Har gått i stället.",
                $"{voter.Name} has received a voting code and stays on the roll; check them out instead"));
        db.Voters.Remove(voter);
        Log(meetingId, $"{voter.Name} togs bort ur röstlängden");
        await db.SaveChangesAsync(ct);
    }

    private IMemberDirectory Directory() => services.GetService<IMemberDirectory>()
        ?? throw new ElectionProblem("memberId", Text.T("Föreningen har inte medlemsregistret påslaget: skriv in den röstberättigade med namn.",
            "membership is not on for this association: enter the voter by name"));

    public Task<List<LogEntry>> Log(Guid meetingId, CancellationToken ct) =>
        db.Log.Where(l => l.MeetingId == meetingId).OrderByDescending(l => l.At).ToListAsync(ct);

    private void Log(Guid meetingId, string text) =>
        db.Log.Add(new LogEntry { Id = Guid.NewGuid(), MeetingId = meetingId, At = DateTime.UtcNow, By = actor.Name, Text = text });
}

internal sealed record RollEntry(Guid? MemberId, [property: System.ComponentModel.DataAnnotations.MaxLength(Limits.Name)] string? Name, bool Present);

/// <summary>On the roll (eligible) and checked in (present).</summary>
internal sealed record RollCount(int Eligible, int Present);
