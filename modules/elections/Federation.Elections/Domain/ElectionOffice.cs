using Federation.Elections.Counting;
using Federation.Elections.Storage;
using Federation.Elections.Voting;
using Federation.Membership.Contracts;
using Federation.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Domain;

/// <summary>Meetings, their elections and the nominations, up to opening the vote.</summary>
internal sealed class ElectionOffice(ElectionsDbContext db, IServiceProvider services)
{
    public async Task<Meeting> CreateMeeting(NewMeeting input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Title)) throw new ElectionProblem("title", "the meeting needs a title");
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), Title = input.Title.Trim(), HeldOn = input.HeldOn,
            NominationDeadline = input.NominationDeadline?.UtcDateTime, CreatedAt = DateTime.UtcNow,
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public async Task<Page<Meeting>> Meetings(int page, int pageSize, CancellationToken ct)
    {
        var total = await db.Meetings.CountAsync(ct);
        var items = await db.Meetings.OrderByDescending(m => m.HeldOn).ThenBy(m => m.Title)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<Meeting>(items, page, pageSize, total);
    }

    public Task<Meeting?> Meeting(Guid id, CancellationToken ct) => db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);

    public Task<List<Election>> ElectionsAt(Guid meetingId, CancellationToken ct) =>
        db.Elections.Where(e => e.MeetingId == meetingId).OrderBy(e => e.CreatedAt).ToListAsync(ct);

    public async Task<Election> AddElection(Guid meetingId, NewElection input, CancellationToken ct)
    {
        _ = await Meeting(meetingId, ct) ?? throw new ElectionNotFound("meeting");
        var seats = input.Seats ?? 1;
        if (Positions.Problem(input.Position, seats) is { } p) throw new ElectionProblem("position", p);
        if (seats < 1) throw new ElectionProblem("seats", $"seats must be at least 1, not {seats}");
        var method = input.Method ?? (seats == 1 ? InstantRunoff.Name : ScottishStv.Name);
        if (!BallotFiles.RankedMethods.Contains(method) && !BallotFiles.MarkedMethods.Contains(method))
            throw new ElectionProblem("method", $"unknown method '{method}'; use one of {string.Join(", ", BallotFiles.RankedMethods.Concat(BallotFiles.MarkedMethods))}");
        if (method == InstantRunoff.Name && seats != 1) throw new ElectionProblem("method", "irv fills a single seat; use scottish-stv or meek-stv for more");
        var rule = input.GenderRule ?? GenderRules.None;
        if (!GenderRules.All.Contains(rule)) throw new ElectionProblem("genderRule", $"unknown gender rule '{rule}'; use one of {string.Join(", ", GenderRules.All)}");
        if (input.TermFrom is { } from && input.TermUntil is { } until && until < from)
            throw new ElectionProblem("termUntil", "the term ends before it starts");
        var election = new Election
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, Position = input.Position!.Trim(),
            Title = string.IsNullOrWhiteSpace(input.Title) ? Positions.DefaultTitle(input.Position.Trim()) : input.Title.Trim(),
            Seats = seats, Method = method, GenderRule = rule, TermFrom = input.TermFrom, TermUntil = input.TermUntil,
            CreatedAt = DateTime.UtcNow,
        };
        db.Elections.Add(election);
        await db.SaveChangesAsync(ct);
        return election;
    }

    public Task<Election?> Election(Guid id, CancellationToken ct) => db.Elections.FirstOrDefaultAsync(e => e.Id == id, ct);

    /// <summary>Candidates in ballot order once voting opened, else proposal first, then by nomination.</summary>
    public Task<List<Candidate>> Candidates(Guid electionId, CancellationToken ct) =>
        db.Candidates.Where(c => c.ElectionId == electionId)
            .OrderBy(c => c.BallotNumber ?? int.MaxValue).ThenBy(c => c.ProposalRank ?? int.MaxValue).ThenBy(c => c.NominatedAt)
            .ToListAsync(ct);

    /// <summary>Nominates someone. The committee proposes with a motivation; members nominate until the
    /// meeting's deadline; after that only from the floor (the meeting decides, the secretary enters it).</summary>
    public async Task<Candidate> Nominate(Guid electionId, string source, Nomination input, CancellationToken ct)
    {
        var election = await Election(electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Nominating) throw new ElectionProblem("election", "nominations are closed: voting has opened");
        if (source == NominationSources.Member)
        {
            var meeting = (await Meeting(election.MeetingId, ct))!;
            if (meeting.NominationDeadline is { } deadline && DateTime.UtcNow > deadline)
                throw new ElectionProblem("deadline", $"the nomination deadline passed ({deadline:yyyy-MM-dd HH:mm} UTC); nominate from the floor at the meeting");
        }
        if (source == NominationSources.Committee && string.IsNullOrWhiteSpace(input.Motivation))
            throw new ElectionProblem("motivation", "the nomination committee's proposal needs a motivation");

        var (name, gender) = await Person(input, ct);
        if (input.MemberId is { } id && await db.Candidates.AnyAsync(c => c.ElectionId == electionId && c.MemberId == id, ct))
            throw new ElectionProblem("memberId", $"{name} is already nominated in this election");
        var candidate = new Candidate
        {
            Id = Guid.NewGuid(), ElectionId = electionId, MemberId = input.MemberId, Name = name, Gender = gender,
            Source = source, Motivation = Blank(input.Motivation), Presentation = Blank(input.Presentation),
            ProposalRank = source == NominationSources.Committee ? input.ProposalRank : null,
            // Someone nominated from the floor is asked there and then.
            Answer = source == NominationSources.Floor && input.Accepted == true ? Answers.Accepted : Answers.Pending,
            NominatedAt = DateTime.UtcNow,
        };
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync(ct);
        return candidate;
    }

    /// <summary>Name and gender from the member register when there is one, else as given.</summary>
    private async Task<(string Name, string Gender)> Person(Nomination input, CancellationToken ct)
    {
        if (input.MemberId is { } id && services.GetService(typeof(IMemberDirectory)) is IMemberDirectory directory)
        {
            var card = await directory.Find(id, ct) ?? throw new ElectionProblem("memberId", $"no member {id} in this association");
            return (card.Name, card.Gender);
        }
        if (string.IsNullOrWhiteSpace(input.Name)) throw new ElectionProblem("name", "the candidate's name is required");
        var gender = input.Gender ?? Gender.NotStated;
        if (!Gender.All.Contains(gender)) throw new ElectionProblem("gender", $"unknown gender '{gender}'; use one of {string.Join(", ", Gender.All)}");
        return (input.Name.Trim(), gender);
    }

    /// <summary>The candidate accepts or declines, optionally with a presentation.</summary>
    public async Task<Candidate> Answer(Guid electionId, Guid candidateId, CandidateAnswer input, CancellationToken ct)
    {
        var election = await Election(electionId, ct) ?? throw new ElectionNotFound("election");
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId && c.ElectionId == electionId, ct)
            ?? throw new ElectionNotFound("candidate");
        if (election.Status != ElectionStatus.Nominating) throw new ElectionProblem("election", "voting has opened: the ballot can no longer change");
        candidate.Answer = input.Accepted ? Answers.Accepted : Answers.Declined;
        if (input.Presentation is not null) candidate.Presentation = Blank(input.Presentation);
        await db.SaveChangesAsync(ct);
        return candidate;
    }

    /// <summary>Closes nominations and fixes the ballot: accepted candidates get ballot numbers, the
    /// committee's proposal first in its order, then the others as nominated.</summary>
    public async Task<Election> OpenVoting(Guid electionId, string? mode, CancellationToken ct)
    {
        var election = await Election(electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Nominating) throw new ElectionProblem("election", $"voting has already opened (status {election.Status})");
        if (mode is not (VotingModes.Paper or VotingModes.Digital)) throw new ElectionProblem("mode", $"voting mode must be '{VotingModes.Paper}' or '{VotingModes.Digital}'");
        var candidates = await Candidates(electionId, ct);
        if (candidates.FirstOrDefault(c => c.Answer == Answers.Pending) is { } pending)
            throw new ElectionProblem("candidates", $"{pending.Name} has not accepted or declined the nomination");
        var accepted = candidates.Where(c => c.Answer == Answers.Accepted).ToList();
        if (accepted.Count < election.Seats)
            throw new ElectionProblem("candidates", $"{accepted.Count} accepted candidates for {election.Seats} seats");
        for (var i = 0; i < accepted.Count; i++) accepted[i].BallotNumber = i + 1;
        election.Status = ElectionStatus.Voting;
        election.VotingMode = mode;
        await db.SaveChangesAsync(ct);
        return election;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal sealed record NewMeeting(string? Title, DateOnly HeldOn, DateTimeOffset? NominationDeadline);

internal sealed record NewElection(string? Position, string? Title, int? Seats, string? Method, string? GenderRule, DateOnly? TermFrom, DateOnly? TermUntil);

/// <summary>A nomination: a member (name and gender from the register) or a guest by name.</summary>
internal sealed record Nomination(Guid? MemberId, string? Name, string? Gender, string? Motivation, string? Presentation, int? ProposalRank, bool? Accepted);

internal sealed record CandidateAnswer(bool Accepted, string? Presentation);
