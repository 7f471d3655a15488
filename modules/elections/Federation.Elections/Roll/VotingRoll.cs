using Federation.Elections.Domain;
using Federation.Elections.Storage;
using Federation.Membership.Contracts;
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
            var directory = services.GetService<IMemberDirectory>()
                ?? throw new ElectionProblem("memberId", "membership is not on for this association: enter the voter by name");
            var card = await directory.Find(memberId, ct) ?? throw new ElectionProblem("memberId", $"no member {memberId} in this association");
            if (await db.Voters.AnyAsync(v => v.MeetingId == meetingId && v.MemberId == memberId, ct))
                throw new ElectionProblem("memberId", $"{card.Name} is already on the voting roll");
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
            throw new ElectionProblem("voter", $"{voter.Name} has received a voting code and stays on the roll; check them out instead");
        db.Voters.Remove(voter);
        Log(meetingId, $"{voter.Name} togs bort ur röstlängden");
        await db.SaveChangesAsync(ct);
    }

    public Task<List<LogEntry>> Log(Guid meetingId, CancellationToken ct) =>
        db.Log.Where(l => l.MeetingId == meetingId).OrderByDescending(l => l.At).ToListAsync(ct);

    private void Log(Guid meetingId, string text) =>
        db.Log.Add(new LogEntry { Id = Guid.NewGuid(), MeetingId = meetingId, At = DateTime.UtcNow, By = actor.Name, Text = text });
}

internal sealed record RollEntry(Guid? MemberId, [property: System.ComponentModel.DataAnnotations.MaxLength(Limits.Name)] string? Name, bool Present);

/// <summary>On the roll (eligible) and checked in (present).</summary>
internal sealed record RollCount(int Eligible, int Present);
