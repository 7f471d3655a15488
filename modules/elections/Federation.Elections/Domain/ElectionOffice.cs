using System.ComponentModel.DataAnnotations;
using Federation.Elections.Counting;
using Federation.Elections.Storage;
using Federation.Elections.Voting;
using Federation.Membership.Contracts;
using Federation.Platform.Plugins;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Elections.Domain;

/// <summary>Meetings, their elections and the nominations, up to opening the vote.</summary>
internal sealed class ElectionOffice(ElectionsDbContext db, IServiceProvider services, Actor actor)
{
    public async Task<Meeting> CreateMeeting(NewElectionMeeting input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Title)) throw new ElectionProblem("title", T("Mötet behöver en rubrik.", "the meeting needs a title"));
        Limits.Length("title", input.Title, Limits.Name);
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
        var meeting = await Meeting(meetingId, ct) ?? throw new ElectionNotFound("meeting");
        var representation = Representations.For(services.GetRequiredService<IPluginRules>(),
            services.GetRequiredService<AssociationContext>().Required.Id, input.Position?.Trim(), meeting.HeldOn.Year);
        var seats = input.Seats ?? (representation is { } given ? Representations.Seats(given, input.Position!.Trim()) : 1);
        if (representation is { } rule && seats != Representations.Seats(rule, input.Position!.Trim()))
            throw new ElectionProblem("seats", T($"Föreningens regler ger {input.Position!.Trim()} {Representations.Seats(rule, input.Position.Trim())} platser, inte {seats}.", $"the association's rules give {input.Position!.Trim()} {Representations.Seats(rule, input.Position.Trim())} seats, not {seats}"));
        if (Positions.Problem(input.Position, seats) is { } p) throw new ElectionProblem("position", p);
        if (seats < 1) throw new ElectionProblem("seats", T($"Antalet platser måste vara minst 1, inte {seats}.", $"seats must be at least 1, not {seats}"));
        if (seats > Limits.Seats) throw new ElectionProblem("seats", T($"Antalet platser får vara högst {Limits.Seats}, inte {seats}.", $"seats must be at most {Limits.Seats}, not {seats}"));
        Limits.Length("title", input.Title, Limits.Name);
        var method = input.Method ?? (Positions.IsAllocation(input.Position!) ? HighestAverages.SainteLague : seats == 1 ? InstantRunoff.Name : ScottishStv.Name);
        var methods = BallotFiles.RankedMethods.Concat(BallotFiles.MarkedMethods).Concat(BallotFiles.ListMethods).ToList();
        if (!methods.Contains(method)) throw new ElectionProblem("method", T($"Okänd valmetod '{method}'; välj en av {string.Join(", ", methods)}.", $"unknown method '{method}'; use one of {string.Join(", ", methods)}"));
        if (method == InstantRunoff.Name && seats != 1) throw new ElectionProblem("method", T("Alternativomröstning (irv) tillsätter en plats; välj skotsk STV eller Meeks STV för fler.", "irv fills a single seat; use scottish-stv or meek-stv for more"));
        var allocation = Positions.IsAllocation(input.Position!);
        if (allocation != BallotFiles.IsList(method))
            throw new ElectionProblem("method", allocation
                ? $"a seat allocation is counted by {string.Join(" or ", BallotFiles.ListMethods)}, not {method}"
                : $"{method} allocates seats among lists: use the position allocation:NAME");
        var genderRule = input.GenderRule ?? GenderRules.None;
        if (!GenderRules.All.Contains(genderRule)) throw new ElectionProblem("genderRule", T($"Okänd könsregel '{genderRule}'; välj en av {string.Join(", ", GenderRules.All)}.", $"unknown gender rule '{genderRule}'; use one of {string.Join(", ", GenderRules.All)}"));
        if (allocation && genderRule != GenderRules.None) throw new ElectionProblem("genderRule", T("Platserna fördelas på listor, inte personer: könsregeln tillämpas när varje lista sätts.", "seats are allocated to lists, not people: the gender rule is applied when each list is set"));
        if (input.TermFrom is { } from && input.TermUntil is { } until && until < from)
            throw new ElectionProblem("termUntil", T("Mandatperioden slutar innan den börjar.", "the term ends before it starts"));
        var election = new Election
        {
            Id = Guid.NewGuid(), MeetingId = meetingId, Position = input.Position!.Trim(),
            Title = string.IsNullOrWhiteSpace(input.Title) ? Positions.DefaultTitle(input.Position.Trim()) : input.Title.Trim(),
            Seats = seats, Method = method, GenderRule = genderRule, TermFrom = input.TermFrom, TermUntil = input.TermUntil,
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
        if (election.Status != ElectionStatus.Nominating) throw new ElectionProblem("election", T("Nomineringen är stängd: röstningen har börjat.", "nominations are closed: voting has opened"));
        if (source == NominationSources.Member)
        {
            var meeting = (await Meeting(election.MeetingId, ct))!;
            if (meeting.NominationDeadline is { } deadline && DateTime.UtcNow > deadline)
                throw new ElectionProblem("deadline", T($"Sista dag för nominering har passerat ({deadline:yyyy-MM-dd HH:mm} UTC); nominera på mötet i stället.", $"the nomination deadline passed ({deadline:yyyy-MM-dd HH:mm} UTC); nominate from the floor at the meeting"));
        }
        Limits.Length("name", input.Name, Limits.Name);
        Limits.Length("motivation", input.Motivation, Limits.Text);
        Limits.Length("presentation", input.Presentation, Limits.Text);
        if (input.ProposalRank is < 1 or > Limits.Rank) throw new ElectionProblem("proposalRank", T($"En plats i förslaget mellan 1 och {Limits.Rank}.", $"a rank between 1 and {Limits.Rank}"));
        if (source == NominationSources.Committee && string.IsNullOrWhiteSpace(input.Motivation))
            throw new ElectionProblem("motivation", T("Valberedningens förslag behöver en motivering.", "the nomination committee's proposal needs a motivation"));

        var (memberId, name, gender) = await Person(input, ct);
        if (memberId is { } id && await db.Candidates.AnyAsync(c => c.ElectionId == electionId && c.MemberId == id, ct))
            throw new ElectionProblem("memberId", T($"{name} är redan nominerad i det här valet.", $"{name} is already nominated in this election"));
        var candidate = new Candidate
        {
            Id = Guid.NewGuid(), ElectionId = electionId, MemberId = memberId, Name = name, Gender = gender,
            Source = source, Motivation = Blank(input.Motivation), Presentation = Blank(input.Presentation),
            ProposalRank = source == NominationSources.Committee ? input.ProposalRank : null,
            // Someone nominated from the floor is asked there and then; a list in an allocation needs no answer.
            Answer = (source == NominationSources.Floor && input.Accepted == true) || Positions.IsAllocation(election.Position) ? Answers.Accepted : Answers.Pending,
            NominatedAt = DateTime.UtcNow,
        };
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync(ct);
        return candidate;
    }

    /// <summary>Name and gender from the member register when there is one, else as given.</summary>
    private async Task<(Guid? MemberId, string Name, string Gender)> Person(Nomination input, CancellationToken ct)
    {
        if (input.MemberId is { } id && services.GetService(typeof(IMemberDirectory)) is IMemberDirectory directory)
        {
            var card = await directory.Find(id, ct) ?? throw new ElectionProblem("memberId", T($"Det finns ingen medlem {id} i föreningen.", $"no member {id} in this association"));
            return (card.MemberId, card.Name, card.Gender);
        }
        if (string.IsNullOrWhiteSpace(input.Name)) throw new ElectionProblem("name", T("Kandidatens namn behövs.", "the candidate's name is required"));
        // Nominated by name (from the floor): linked to the one member of exactly that name, so that once elected they
        // count among the elected officials; a name no member or several members have stays a guest's.
        if (services.GetService(typeof(IMemberDirectory)) is IMemberDirectory register)
        {
            var same = (await register.Search(input.Name.Trim(), 3, ct))
                .Where(m => string.Equals(m.Name, input.Name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (same.Count == 1) return (same[0].MemberId, same[0].Name, same[0].Gender);
        }
        var gender = input.Gender ?? Gender.NotStated;
        if (!Gender.All.Contains(gender)) throw new ElectionProblem("gender", T($"Okänt kön '{gender}'; välj ett av {string.Join(", ", Gender.All)}.", $"unknown gender '{gender}'; use one of {string.Join(", ", Gender.All)}"));
        return (input.MemberId, input.Name.Trim(), gender);
    }

    /// <summary>The nomination committee (or the secretary) records a candidate's answer on their
    /// behalf, e.g. given by phone; who recorded it is kept and logged.</summary>
    public Task<Candidate> Answer(Guid electionId, Guid candidateId, CandidateAnswer input, CancellationToken ct) =>
        Record(electionId, candidateId, input, self: false, ct);

    /// <summary>The nominated member answers, signed in: only their own nomination.</summary>
    public async Task<Candidate> AnswerOwn(Guid electionId, Guid candidateId, CandidateAnswer input, CancellationToken ct)
    {
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId && c.ElectionId == electionId, ct)
            ?? throw new ElectionNotFound("candidate");
        if (candidate.MemberId is null || candidate.MemberId != await actor.MemberId(ct))
            throw new ElectionForbidden("only the nominated member can answer this nomination themselves; the nomination committee records other answers");
        return await Record(electionId, candidateId, input, self: true, ct);
    }

    /// <summary>Nominations a signed-in member can answer themselves, in elections still nominating.</summary>
    public async Task<List<Candidate>> OwnNominations(Guid electionId, CancellationToken ct)
    {
        if (await actor.MemberId(ct) is not { } me) return [];
        return await db.Candidates.Where(c => c.ElectionId == electionId && c.MemberId == me).ToListAsync(ct);
    }

    private async Task<Candidate> Record(Guid electionId, Guid candidateId, CandidateAnswer input, bool self, CancellationToken ct)
    {
        Limits.Length("presentation", input.Presentation, Limits.Text);
        var election = await Election(electionId, ct) ?? throw new ElectionNotFound("election");
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId && c.ElectionId == electionId, ct)
            ?? throw new ElectionNotFound("candidate");
        if (election.Status != ElectionStatus.Nominating) throw new ElectionProblem("election", T("Röstningen har börjat: valsedeln kan inte längre ändras.", "voting has opened: the ballot can no longer change"));
        candidate.Answer = input.Accepted ? Answers.Accepted : Answers.Declined;
        if (input.Presentation is not null) candidate.Presentation = Blank(input.Presentation);
        candidate.AnsweredBy = self ? AnsweredBySelf : actor.Name;
        candidate.AnsweredAt = DateTime.UtcNow;
        var answer = input.Accepted ? "ställer upp" : "avböjer";
        db.Log.Add(new LogEntry
        {
            Id = Guid.NewGuid(), MeetingId = election.MeetingId, ElectionId = election.Id, At = DateTime.UtcNow, By = actor.Name,
            Text = self ? $"{candidate.Name} svarade själv: {answer} ({election.Title})"
                : $"{candidate.Name} {answer} ({election.Title}), registrerat för kandidatens räkning",
        });
        await db.SaveChangesAsync(ct);
        return candidate;
    }

    /// <summary><see cref="Candidate.AnsweredBy"/> when the candidate answered, signed in.</summary>
    public const string AnsweredBySelf = "själv";

    /// <summary>Closes nominations and fixes the ballot: accepted candidates get ballot numbers, the
    /// committee's proposal first in its order, then the others as nominated.</summary>
    public async Task<Election> OpenVoting(Guid electionId, string? mode, CancellationToken ct)
    {
        var election = await Election(electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Nominating) throw new ElectionProblem("election", Text.T("Röstningen i valet har redan öppnats.", $"voting has already opened (status {election.Status})"));
        // A seat allocation takes votes per list as totals; elections of people are voted on papers or digitally.
        if (Positions.IsAllocation(election.Position)) mode = VotingModes.Totals;
        else if (mode is not (VotingModes.Paper or VotingModes.Digital)) throw new ElectionProblem("mode", T($"Röstsättet måste vara '{VotingModes.Paper}' eller '{VotingModes.Digital}'.", $"voting mode must be '{VotingModes.Paper}' or '{VotingModes.Digital}'"));
        var candidates = await Candidates(electionId, ct);
        if (candidates.FirstOrDefault(c => c.Answer == Answers.Pending) is { } pending)
            throw new ElectionProblem("candidates", Text.T($"{pending.Name} har inte svarat om hen ställer upp: registrera svaret först.",
                $"{pending.Name} has not accepted or declined the nomination"));
        var accepted = candidates.Where(c => c.Answer == Answers.Accepted).ToList();
        // A list can win several seats; people fill one each.
        if (Positions.IsAllocation(election.Position) ? accepted.Count == 0 : accepted.Count < election.Seats)
            throw new ElectionProblem("candidates", Text.T($"{accepted.Count} kandidater ställer upp till {election.Seats} platser: det behövs minst lika många kandidater som platser.",
                $"{accepted.Count} accepted candidates for {election.Seats} seats"));
        for (var i = 0; i < accepted.Count; i++) accepted[i].BallotNumber = i + 1;
        election.Status = ElectionStatus.Voting;
        election.VotingMode = mode;
        await db.SaveChangesAsync(ct);
        return election;
    }

    /// <summary>Enters the votes of every list in a seat allocation (replacing earlier entries). All
    /// lists on the ballot must be given, each a whole number of at least 0; otherwise nothing changes.</summary>
    public async Task<List<Candidate>> EnterListVotes(Guid electionId, IReadOnlyList<ListVotes>? votes, CancellationToken ct)
    {
        var election = await Election(electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Voting || election.VotingMode != VotingModes.Totals)
            throw new ElectionProblem("election", T("Röster per lista förs in i en platsfördelning som är öppen för röstning.", "votes per list are entered in a seat allocation open for voting"));
        var lists = await db.Candidates.Where(c => c.ElectionId == electionId && c.BallotNumber != null).OrderBy(c => c.BallotNumber).ToListAsync(ct);
        var given = votes ?? [];
        foreach (var v in given)
        {
            if (lists.All(l => l.Id != v.ListId)) throw new ElectionProblem("votes", T($"Det finns ingen lista {v.ListId} i den här fördelningen.", $"there is no list {v.ListId} in this allocation"));
            if (v.Votes is not >= 0) throw new ElectionProblem("votes", T($"{lists.First(l => l.Id == v.ListId).Name}: rösterna måste vara ett heltal, minst 0.", $"{lists.First(l => l.Id == v.ListId).Name}: votes must be a whole number of at least 0"));
            if (v.Votes > Limits.Votes) throw new ElectionProblem("votes", T($"{lists.First(l => l.Id == v.ListId).Name}: högst {Limits.Votes} röster.", $"{lists.First(l => l.Id == v.ListId).Name}: at most {Limits.Votes} votes"));
        }
        if (given.GroupBy(v => v.ListId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ElectionProblem("votes", T($"{lists.First(l => l.Id == twice.Key).Name} står två gånger.", $"{lists.First(l => l.Id == twice.Key).Name} is given twice"));
        if (lists.FirstOrDefault(l => given.All(v => v.ListId != l.Id)) is { } missing)
            throw new ElectionProblem("votes", T($"{missing.Name} har inga röster införda; skriv 0 för en lista utan röster.", $"{missing.Name} has no votes entered; enter 0 for a list without votes"));
        foreach (var list in lists) list.Votes = given.First(v => v.ListId == list.Id).Votes;
        db.Log.Add(new LogEntry
        {
            Id = Guid.NewGuid(), MeetingId = election.MeetingId, ElectionId = election.Id, At = DateTime.UtcNow, By = actor.Name,
            Text = $"{election.Title}: röster per lista: {string.Join(", ", lists.Select(l => $"{l.Name} {l.Votes}"))}",
        });
        await db.SaveChangesAsync(ct);
        return lists;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>An annual meeting as created (its own name: the board module has a NewMeeting of its own, and the OpenAPI document names schemas by type name).</summary>
internal sealed record NewElectionMeeting([property: MaxLength(Limits.Name)] string? Title, DateOnly HeldOn, DateTimeOffset? NominationDeadline);

internal sealed record NewElection(
    [property: MaxLength(40)] string? Position, [property: MaxLength(Limits.Name)] string? Title, [property: Range(1, Limits.Seats)] int? Seats,
    [property: MaxLength(40)] string? Method, [property: MaxLength(40)] string? GenderRule, DateOnly? TermFrom, DateOnly? TermUntil);

/// <summary>A nomination: a member (name and gender from the register) or a guest by name.</summary>
internal sealed record Nomination(
    Guid? MemberId, [property: MaxLength(Limits.Name)] string? Name, [property: MaxLength(40)] string? Gender,
    [property: MaxLength(Limits.Text)] string? Motivation, [property: MaxLength(Limits.Text)] string? Presentation,
    [property: Range(1, Limits.Rank)] int? ProposalRank, bool? Accepted);

internal sealed record CandidateAnswer(bool Accepted, [property: MaxLength(Limits.Text)] string? Presentation);

internal sealed record ListVotes(Guid ListId, [property: Range(0, Limits.Votes)] long? Votes);
