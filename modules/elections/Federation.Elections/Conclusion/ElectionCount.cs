using Federation.Elections.Contracts;
using Federation.Elections.Counting;
using Federation.Elections.Domain;
using Federation.Elections.Roll;
using Federation.Elections.Storage;
using Federation.Elections.Voting;
using Federation.Platform.Plugins;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Elections.Conclusion;

/// <summary>Counts an election from its stored ballots, applies the gender rule and concludes it.</summary>
internal sealed class ElectionCount(ElectionsDbContext db, BallotBox box, VotingRoll votingRoll, IPluginRules rules)
{
    /// <summary>The ballot file of the election (BLT, CSV, or votes per list) with its name and media type.</summary>
    public async Task<BallotFile> Export(Guid electionId, CancellationToken ct)
    {
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Concluded)
            throw new ElectionProblem("election", T("Valsedlarna publiceras med protokollet, när valet är avslutat.", "the ballots are published with the protocol, once the election is concluded"));
        return (await Ballots(election, ct)).File;
    }

    /// <summary>Counts the stored ballots with <paramref name="seed"/> (the recorded one if concluded).</summary>
    public async Task<Counted> Count(Election election, ulong seed, CancellationToken ct)
    {
        var (ballot, names, tally, file) = await Ballots(election, ct);
        CountResult result;
        try
        {
            result = BallotFiles.Count(election.Method, election.Title, names, election.Seats, file.Content, seed);
        }
        catch (Exception e) when (e is CountingException or BallotFormatException)
        {
            throw new ElectionProblem("count", e.Message);
        }
        return new Counted(result, ballot, names, CountOrder.Of(result, names), tally, file);
    }

    /// <summary>Counts, applies the gender rule, records the outcome and seed, and publishes
    /// <see cref="ElectionConcluded"/> in the same transaction. A majority count that leaves seats
    /// open instead records those elected and opens the statutes' re-vote as a linked second round;
    /// the message follows when that round is concluded, with both rounds' elected.</summary>
    public async Task<Outcome> Conclude(Guid electionId, ulong? seed, CancellationToken ct)
    {
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Voting) throw new ElectionProblem("election", T($"Bara ett val som är öppet för röstning kan avslutas (status {election.Status}).", $"only an election open for voting can be concluded (status {election.Status})"));
        var used = seed ?? CountingMethods.NewSeed();
        var counted = await Count(election, used, ct);
        var roll = await votingRoll.Count(election.MeetingId, ct);
        var tally = counted.Tally with { Eligible = roll.Eligible, Present = roll.Present };

        Outcome outcome;
        Election? reVote = null;
        if (counted.Result.ReVote is { Count: > 0 } runOff)
        {
            reVote = await OpenReVote(election, counted, runOff, ct);
            var places = counted.Result.Elected.Select((name, i) => Place(i + 1, counted.Ballot[counted.Names.IndexOf(name)])).ToList();
            outcome = new Outcome(places, election.GenderRule, [], null, tally) { ReVoteId = reVote.Id };
        }
        else
        {
            var first = election.FirstRoundId is { } id ? await db.Elections.FirstAsync(e => e.Id == id, ct) : null;
            var before = first is null ? [] : Outcome.FromJson(first.OutcomeJson!).Places.ToList();
            var meeting = await db.Meetings.FirstAsync(m => m.Id == election.MeetingId, ct);
            var (order, excluded) = await WithoutCounterpart(election, meeting, counted.Order.Select(c => counted.Ballot[c]).ToList(), ct);
            var people = before.Select(p => (p.CandidateId, p.MemberId, p.Name, p.Gender))
                .Concat(order.Select(c => (CandidateId: c.Id, c.MemberId, c.Name, c.Gender))).ToList();
            // The statutes' re-vote fills the first round's open seats; the gender rule then applies to the whole result.
            var rule = Positions.IsAllocation(election.Position)
                ? new GenderRuleResult(Enumerable.Range(0, counted.Result.Elected.Count).ToList(), [], null)
                : GenderRules.Apply(election.GenderRule, people.ConvertAll(p => new RankedPerson(p.Name, p.Gender)), before.Count + election.Seats);
            var places = Positions.IsAllocation(election.Position)
                ? counted.Result.Elected.Select((name, i) => Place(i + 1, counted.Ballot[counted.Names.IndexOf(name)])).ToList()
                : rule.Places.Select((c, i) => new OutcomePlace(i + 1, people[c].CandidateId, people[c].MemberId, people[c].Name, people[c].Gender)).ToList();
            outcome = new Outcome(places, election.GenderRule, [.. excluded, .. rule.Steps], rule.Warning, tally) { FirstRoundId = first?.Id };
            db.Publish(new ElectionConcluded(election.AssociationId, election.Id, election.Position, meeting.HeldOn,
                election.TermFrom, election.TermUntil, places.ConvertAll(p => new ElectedPerson(p.MemberId, p.Name, p.Rank, p.Gender))));
        }

        election.Status = ElectionStatus.Concluded;
        election.Seed = used.ToString(System.Globalization.CultureInfo.InvariantCulture);
        election.OutcomeJson = outcome.ToJson();
        election.ConcludedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>
    /// Where the plugin's representation rule says one person cannot be both delegate and substitute to a body, those
    /// already elected to the other role at the meeting leave the count's order, each with a step saying why.
    /// </summary>
    private async Task<(List<Candidate> Order, List<string> Steps)> WithoutCounterpart(Election election, Meeting meeting, List<Candidate> order, CancellationToken ct)
    {
        if (Representations.For(rules, election.AssociationId, election.Position, meeting.HeldOn.Year) is not { OnePersonMayBeBoth: false }) return (order, []);
        var counterpart = Representations.Counterpart(election.Position);
        var elected = (await db.Elections.Where(e => e.MeetingId == election.MeetingId && e.Position == counterpart && e.Status == ElectionStatus.Concluded)
                .Select(e => e.OutcomeJson).ToListAsync(ct))
            .Where(json => json is not null).SelectMany(json => Outcome.FromJson(json!).Places).ToList();
        bool Both(Candidate c) => elected.Any(p => c.MemberId is { } id ? p.MemberId == id : string.Equals(p.Name.Trim(), c.Name.Trim(), StringComparison.OrdinalIgnoreCase));
        var steps = order.Where(Both)
            .Select(c => $"{c.Name} är redan vald: {Positions.DefaultTitle(counterpart)}; samma person kan inte vara både ombud och ersättare (föreningens regler)").ToList();
        return ([.. order.Where(c => !Both(c))], steps);
    }

    private static OutcomePlace Place(int rank, Candidate c) => new(rank, c.Id, c.MemberId, c.Name, c.Gender);

    /// <summary>"Om inte samtliga platser blivit tillsatta … omval mellan de närmast ej valda, högst
    /// dubbelt så många som antalet platser kvar, där de som får flest röster blir valda" (the party's
    /// statutes on majority elections, as the issue quotes them): a second round for the open seats,
    /// among the candidates the count named, voted the same way and counted by most votes.</summary>
    private async Task<Election> OpenReVote(Election first, Counted counted, IReadOnlyList<string> runOff, CancellationToken ct)
    {
        var round = new Election
        {
            Id = Guid.NewGuid(), MeetingId = first.MeetingId, Position = first.Position, Title = $"{first.Title} – omval",
            Seats = first.Seats - counted.Result.Elected.Count, Method = MarkedMethods.Plurality, GenderRule = first.GenderRule,
            Status = ElectionStatus.Voting, VotingMode = first.VotingMode, TermFrom = first.TermFrom, TermUntil = first.TermUntil,
            FirstRoundId = first.Id, CreatedAt = DateTime.UtcNow,
        };
        db.Elections.Add(round);
        // On the re-vote's ballot in the order of the first round's votes.
        for (var i = 0; i < runOff.Count; i++)
        {
            var c = counted.Ballot[counted.Names.IndexOf(runOff[i])];
            db.Candidates.Add(new Candidate
            {
                Id = Guid.NewGuid(), ElectionId = round.Id, MemberId = c.MemberId, Name = c.Name, Gender = c.Gender, Source = c.Source,
                Motivation = c.Motivation, Presentation = c.Presentation, Answer = Answers.Accepted, AnsweredBy = c.AnsweredBy,
                AnsweredAt = c.AnsweredAt, ProposalRank = c.ProposalRank, BallotNumber = i + 1, NominatedAt = c.NominatedAt,
            });
        }
        return round;
    }

    /// <summary>The candidates (or lists) on the ballot, their names in the files, the tally and the
    /// file counted. Paper ballots are counted only when every teller read the pile the same way.</summary>
    private async Task<(List<Candidate> Ballot, List<string> Names, BallotTally Tally, BallotFile File)> Ballots(Election election, CancellationToken ct)
    {
        var ballot = await db.Candidates.Where(c => c.ElectionId == election.Id && c.BallotNumber != null).OrderBy(c => c.BallotNumber).ToListAsync(ct);
        if (ballot.Count == 0) throw new ElectionProblem("election", T("Röstningen har inte börjat: det finns ingen valsedel än.", "voting has not opened: there is no ballot yet"));
        var names = BallotFiles.PaperNames(ballot.Select(c => c.Name));
        if (election.VotingMode == VotingModes.Totals)
        {
            if (ballot.Any(c => c.Votes is null)) throw new ElectionProblem("votes", T("Rösterna per lista har inte förts in.", "the votes per list have not been entered"));
            var votes = ballot.ConvertAll(c => c.Votes!.Value);
            if (votes.All(v => v == 0)) throw new ElectionProblem("votes", T("Ingen lista har några röster.", "no list has any votes"));
            return (ballot, names, new BallotTally(0, 0, 0, 0) { ListVotes = votes.Sum() },
                new BallotFile($"{election.Id}.csv", "text/csv; charset=utf-8", BallotFiles.Parties(names, votes)));
        }

        List<(string Preferences, bool Invalid)> read;
        if (election.VotingMode == VotingModes.Digital)
            read = (await db.SecretBallots.Where(b => b.ElectionId == election.Id).OrderBy(b => b.Id).Select(b => b.Preferences).ToListAsync(ct))
                .ConvertAll(p => (p, false));
        else
        {
            var comparison = await box.Compare(election.Id, ct);
            if (!comparison.Agree)
                throw new ElectionProblem("papers", T($"Rösträknarnas inmatningar skiljer sig åt på valsedel {string.Join(", ", comparison.Differences.Select(d => d.Paper))}; rätta dem innan rösterna räknas.", $"the tellers' entries differ at paper {string.Join(", ", comparison.Differences.Select(d => d.Paper))}; correct them before counting"));
            var teller = comparison.PapersPerTeller.Keys.FirstOrDefault();
            read = teller is null ? [] : (await db.PaperBallots.Where(p => p.ElectionId == election.Id && p.Teller == teller).OrderBy(p => p.Number)
                .Select(p => new { p.Preferences, p.Invalid }).ToListAsync(ct)).ConvertAll(p => (p.Preferences, p.Invalid));
        }
        var valid = read.Where(p => !p.Invalid).Select(p => BallotFiles.Parse(p.Preferences)).ToList();
        if (valid.All(p => p.Length == 0)) throw new ElectionProblem("ballots", T("Inga giltiga röster har lagts.", "no valid ballots have been cast"));
        var tally = new BallotTally(read.Count, valid.Count(p => p.Length == 0), read.Count(p => p.Invalid), election.CodesIssued);
        var file = BallotFiles.IsRanked(election.Method)
            ? new BallotFile($"{election.Id}.blt", "text/plain; charset=utf-8", BallotFiles.Blt(election.Title, names, election.Seats, valid))
            : new BallotFile($"{election.Id}.csv", "text/csv; charset=utf-8", BallotFiles.Csv(names, valid));
        return (ballot, names, tally, file);
    }
}

internal sealed record BallotFile(string Name, string ContentType, string Content);

/// <summary>A count with what it was counted from; <see cref="Order"/> indexes <see cref="Ballot"/>.</summary>
internal sealed record Counted(CountResult Result, List<Candidate> Ballot, List<string> Names, List<int> Order, BallotTally Tally, BallotFile File);
