using Federation.Elections.Contracts;
using Federation.Elections.Counting;
using Federation.Elections.Domain;
using Federation.Elections.Storage;
using Federation.Elections.Voting;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Conclusion;

/// <summary>Counts an election from its stored ballots, applies the gender rule and concludes it.</summary>
internal sealed class ElectionCount(ElectionsDbContext db, BallotBox box)
{
    /// <summary>The ballot file of the election (BLT or CSV) with its name and media type.</summary>
    public async Task<BallotFile> Export(Guid electionId, CancellationToken ct)
    {
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Concluded)
            throw new ElectionProblem("election", "the ballots are published with the protocol, once the election is concluded");
        var (_, names, papers, _) = await Ballots(election, ct);
        return File(election, names, papers);
    }

    /// <summary>Counts the stored ballots with <paramref name="seed"/> (the recorded one if concluded).</summary>
    public async Task<Counted> Count(Election election, ulong seed, CancellationToken ct)
    {
        var (ballot, names, papers, tally) = await Ballots(election, ct);
        if (papers.All(p => p.Length == 0)) throw new ElectionProblem("ballots", "no valid ballots have been cast");
        var file = File(election, names, papers);
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
    /// <see cref="ElectionConcluded"/> in the same transaction.</summary>
    public async Task<Outcome> Conclude(Guid electionId, ulong? seed, CancellationToken ct)
    {
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Voting) throw new ElectionProblem("election", $"only an election open for voting can be concluded (status {election.Status})");
        var used = seed ?? CountingMethods.NewSeed();
        var counted = await Count(election, used, ct);
        var order = counted.Order.Select(c => counted.Ballot[c]).ToList();
        var rule = GenderRules.Apply(election.GenderRule, order.ConvertAll(c => new RankedPerson(c.Name, c.Gender)), election.Seats);
        var places = rule.Places.Select((c, i) => new OutcomePlace(i + 1, order[c].Id, order[c].MemberId, order[c].Name, order[c].Gender)).ToList();
        var outcome = new Outcome(places, election.GenderRule, rule.Steps, rule.Warning, counted.Tally);

        var meeting = await db.Meetings.FirstAsync(m => m.Id == election.MeetingId, ct);
        election.Status = ElectionStatus.Concluded;
        election.Seed = used.ToString(System.Globalization.CultureInfo.InvariantCulture);
        election.OutcomeJson = outcome.ToJson();
        election.ConcludedAt = DateTime.UtcNow;
        db.Publish(new ElectionConcluded(election.AssociationId, election.Id, election.Position, meeting.HeldOn,
            election.TermFrom, election.TermUntil, places.ConvertAll(p => new ElectedPerson(p.MemberId, p.Name, p.Rank, p.Gender))));
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    /// <summary>The candidates on the ballot, their names in the files, the papers, and the tally.
    /// Paper ballots are counted only when every teller read the pile the same way.</summary>
    private async Task<(List<Candidate> Ballot, List<string> Names, List<int[]> Papers, BallotTally Tally)> Ballots(Election election, CancellationToken ct)
    {
        var ballot = await db.Candidates.Where(c => c.ElectionId == election.Id && c.BallotNumber != null).OrderBy(c => c.BallotNumber).ToListAsync(ct);
        if (ballot.Count == 0) throw new ElectionProblem("election", "voting has not opened: there is no ballot yet");
        var names = BallotFiles.PaperNames(ballot.Select(c => c.Name));
        List<(string Preferences, bool Invalid)> read;
        if (election.VotingMode == VotingModes.Digital)
            read = (await db.SecretBallots.Where(b => b.ElectionId == election.Id).OrderBy(b => b.Id).Select(b => b.Preferences).ToListAsync(ct))
                .ConvertAll(p => (p, false));
        else
        {
            var comparison = await box.Compare(election.Id, ct);
            if (!comparison.Agree)
                throw new ElectionProblem("papers", $"the tellers' entries differ at paper {string.Join(", ", comparison.Differences.Select(d => d.Paper))}; correct them before counting");
            var teller = comparison.PapersPerTeller.Keys.FirstOrDefault();
            read = teller is null ? [] : (await db.PaperBallots.Where(p => p.ElectionId == election.Id && p.Teller == teller).OrderBy(p => p.Number)
                .Select(p => new { p.Preferences, p.Invalid }).ToListAsync(ct)).ConvertAll(p => (p.Preferences, p.Invalid));
        }
        var valid = read.Where(p => !p.Invalid).Select(p => BallotFiles.Parse(p.Preferences)).ToList();
        var tally = new BallotTally(read.Count, valid.Count(p => p.Length == 0), read.Count(p => p.Invalid), election.CodesIssued);
        return (ballot, names, valid, tally);
    }

    private static BallotFile File(Election election, List<string> names, List<int[]> papers) =>
        BallotFiles.IsRanked(election.Method)
            ? new BallotFile($"{election.Id}.blt", "text/plain; charset=utf-8", BallotFiles.Blt(election.Title, names, election.Seats, papers))
            : new BallotFile($"{election.Id}.csv", "text/csv; charset=utf-8", BallotFiles.Csv(names, papers));
}

internal sealed record BallotFile(string Name, string ContentType, string Content);

/// <summary>A count with what it was counted from; <see cref="Order"/> indexes <see cref="Ballot"/>.</summary>
internal sealed record Counted(CountResult Result, List<Candidate> Ballot, List<string> Names, List<int> Order, BallotTally Tally, BallotFile File);
