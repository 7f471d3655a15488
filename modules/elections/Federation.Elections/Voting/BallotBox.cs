using System.Security.Cryptography;
using Federation.Elections.Domain;
using Federation.Elections.Roll;
using Federation.Elections.Storage;
using Federation.Platform.Storage;
using Federation.Platform.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Elections.Voting;

/// <summary>Codes, digital ballots and the tellers' paper piles.</summary>
internal sealed class BallotBox(ElectionsDbContext db, Actor actor)
{
    // One cast at a time in this process. SQLite admits one writer and makes the others poll with growing
    // sleeps, which under a room of phones voting at once left some waiting for seconds; a queue is fair.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static int casting, retrying;

    private static string UsedCode => Text.T("Koden är redan använd: en röst per kod.", "This code has already been used: one vote per code.");

    /// <summary>Issues one single-use code to each voter who is on the meeting's roll, present, and
    /// has no code for this election yet — <paramref name="voterIds"/> of them, or all such when null.
    /// Who received a code is recorded, but not which: only the codes' hashes are kept, in random
    /// order, and the codes are returned once, shuffled, to print and hand out.</summary>
    public async Task<List<string>> IssueCodes(Guid electionId, IReadOnlyList<Guid>? voterIds, CancellationToken ct)
    {
        var election = await Voting(electionId, VotingModes.Digital, ct);
        var issued = db.CodeIssues.Where(i => i.ElectionId == electionId).Select(i => i.VoterId);
        var waiting = await db.Voters.Where(v => v.MeetingId == election.MeetingId && v.Present && !issued.Contains(v.Id)).ToListAsync(ct);
        List<Voter> voters;
        if (voterIds is null)
        {
            voters = waiting;
            if (voters.Count == 0) throw new ElectionProblem("voters", T("Alla närvarande i röstlängden har redan en kod; pricka av de som kommer i röstlängden först.", "everyone present on the voting roll already has a code; check voters in on the roll first"));
        }
        else
        {
            if (voterIds.Count == 0) throw new ElectionProblem("voterIds", T("Ange minst en röstande.", "name at least one voter"));
            voters = [];
            foreach (var id in voterIds.Distinct())
            {
                if (waiting.FirstOrDefault(v => v.Id == id) is { } voter) { voters.Add(voter); continue; }
                var known = await db.Voters.FirstOrDefaultAsync(v => v.Id == id && v.MeetingId == election.MeetingId, ct);
                throw new ElectionProblem("voterIds", known is null ? $"voter {id} is not on this meeting's voting roll"
                    : known.Present ? $"{known.Name} already has a code for this election: one code per person"
                    : $"{known.Name} is not checked in as present");
            }
        }

        var codes = new List<string>(voters.Count);
        var hashes = new HashSet<string>(await db.BallotCodes.Where(c => c.ElectionId == electionId).Select(c => c.CodeHash).ToListAsync(ct));
        while (codes.Count < voters.Count)
        {
            var code = BallotCode.NewCode();
            if (hashes.Add(BallotCode.Hash(code))) codes.Add(code);
        }
        RandomNumberGenerator.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(codes));
        foreach (var voter in voters) db.CodeIssues.Add(new CodeIssue { Id = Guid.NewGuid(), ElectionId = electionId, VoterId = voter.Id });
        foreach (var code in codes) db.BallotCodes.Add(new BallotCode { Id = Guid.NewGuid(), ElectionId = electionId, CodeHash = BallotCode.Hash(code) });
        election.CodesIssued += codes.Count;
        await db.SaveChangesAsync(ct);
        return codes;
    }

    /// <summary>Casts one secret ballot with a code. The code is marked used and the ballot stored with
    /// no reference to it, at a random place among the ballots already cast (inside-out
    /// Fisher–Yates: the new paper swaps contents with a uniformly chosen one), so neither a column
    /// nor the order of rows links a ballot to when — or by whom — it was cast.</summary>
    public async Task Cast(Guid electionId, string? code, IReadOnlyList<int>? preferences, CancellationToken ct)
    {
        var election = await Voting(electionId, VotingModes.Digital, ct);
        if (string.IsNullOrWhiteSpace(code)) throw new ElectionProblem("code", Text.T("Skriv din röstkod.", "Enter your voting code."));
        var numbers = preferences ?? [];
        var candidates = await db.Candidates.CountAsync(c => c.ElectionId == electionId && c.BallotNumber != null, ct);
        if (BallotFiles.Problem(numbers, candidates, election.Seats, election.Method) is { } problem)
            throw new ElectionProblem("preferences", problem);

        var hash = BallotCode.Hash(code);
        Interlocked.Increment(ref casting);
        await OneAtATime.WaitAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Conditional update: of two simultaneous uses of one code, only one changes the row.
            var claimed = await db.BallotCodes.Where(c => c.ElectionId == electionId && c.CodeHash == hash && !c.Used)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, true), ct);
            if (claimed == 0)
            {
                var exists = await db.BallotCodes.AnyAsync(c => c.ElectionId == electionId && c.CodeHash == hash, ct);
                throw new ElectionProblem("code", exists ? UsedCode : Text.T("Koden gäller inte i det här valet.", "This code is not valid for this election."));
            }
            // Votes cast can never exceed those present, even if someone left with an unused code.
            var cast = await db.SecretBallots.CountAsync(b => b.ElectionId == electionId, ct);
            var present = await db.Voters.CountAsync(v => v.MeetingId == election.MeetingId && v.Present, ct);
            if (cast >= present)
                throw new ElectionProblem("code", Text.T($"{cast} röster är lagda och {present} röstberättigade är närvarande: fler röster kan inte läggas.",
                    $"{cast} votes are cast and {present} voters are present on the roll: no more votes can be cast"));

            var paper = BallotFiles.Format(numbers);
            var swap = RandomNumberGenerator.GetInt32(cast + 1);
            if (swap < cast)
            {
                var other = await db.SecretBallots.Where(b => b.ElectionId == electionId).OrderBy(b => b.Id).Skip(swap).FirstAsync(ct);
                (other.Preferences, paper) = (paper, other.Preferences);
            }
            db.SecretBallots.Add(new SecretBallot { Id = Guid.NewGuid(), ElectionId = electionId, Preferences = paper });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            OneAtATime.Release();
            Interlocked.Decrement(ref casting);
        }
        await EmptyLog();
    }

    /// <summary>The commit's write-ahead log frames hold the code marked used and the paper together, in
    /// casting order, so the log is emptied after each vote. Emptying waits for every reader to leave the
    /// log and blocks writers meanwhile; with a room of phones voting, that wait held all votes up for
    /// seconds. So it is done at once only when no other vote is being cast, for a moment; otherwise a
    /// background retry does it between votes, until it succeeds.</summary>
    private async Task EmptyLog()
    {
        if (!db.Database.IsSqlite()) return;
        // Its own connection, outside the pool: the short busy timeout must not reach other requests.
        var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString();
        // The vote is committed: a failure here must not tell the voter otherwise, so it is left to the retry.
        try { if (Volatile.Read(ref casting) == 0 && await Truncated(connection)) return; }
        catch (SqliteException) { }
        if (Interlocked.Exchange(ref retrying, 1) == 1) return;
        _ = Task.Run(async () =>
        {
            try
            {
                for (var i = 0; i < 600 && (Volatile.Read(ref casting) > 0 || !await Truncated(connection)); i++) await Task.Delay(100);
            }
            catch (SqliteException) { } // the data folder is gone (the host stopped): nothing left to empty
            finally { Volatile.Write(ref retrying, 0); }
        });
    }

    private static Task<bool> Truncated(string connectionString) => SqliteLog.InTurn(connectionString, async () =>
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var timeout = connection.CreateCommand();
        timeout.CommandText = "PRAGMA busy_timeout = 20;";
        await timeout.ExecuteNonQueryAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var result = await checkpoint.ExecuteReaderAsync();
        return await result.ReadAsync() && result.GetInt32(0) == 0; // the first column is 1 when readers blocked it
    });

    /// <summary>The election a voter's code opens, with its ballot in ballot-number order: what a phone
    /// shows after the code is typed. Nothing is written, so looking a code up twice is harmless.</summary>
    public async Task<(Election Election, List<Candidate> Ballot)> Open(string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new ElectionProblem("code", Text.T("Skriv din röstkod.", "Enter your voting code."));
        var hash = BallotCode.Hash(code);
        var found = await (from c in db.BallotCodes
                           join e in db.Elections on c.ElectionId equals e.Id
                           where c.CodeHash == hash
                           select new { c.Used, Election = e }).ToListAsync(ct);
        var open = found.FirstOrDefault(f => !f.Used && f.Election.Status == ElectionStatus.Voting && f.Election.VotingMode == VotingModes.Digital);
        if (open is null)
            throw new ElectionProblem("code", found.Count == 0 ? Text.T("Koden finns inte. Kontrollera att du skrivit av den rätt.", "No such code. Check that you typed it correctly.")
                : found.Any(f => f.Election.Status != ElectionStatus.Voting) ? Text.T("Röstningen i det valet är stängd.", "Voting in that election is closed.")
                : UsedCode);
        var ballot = await db.Candidates.Where(c => c.ElectionId == open.Election.Id && c.BallotNumber != null).OrderBy(c => c.BallotNumber).ToListAsync(ct);
        return (open.Election, ballot);
    }

    /// <summary>Votes cast so far: the projector and the chair follow the vote by it.</summary>
    public Task<int> CastCount(Guid electionId, CancellationToken ct) => db.SecretBallots.CountAsync(b => b.ElectionId == electionId, ct);

    /// <summary>Starts a digital vote over (a wrong ballot, codes handed out by mistake): every ballot cast
    /// and every code issued is struck, so those present get new codes. Written to the meeting's log.</summary>
    public async Task<int> StartOver(Guid electionId, CancellationToken ct)
    {
        var election = await Voting(electionId, VotingModes.Digital, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var struck = await db.SecretBallots.Where(b => b.ElectionId == electionId).ExecuteDeleteAsync(ct);
        await db.BallotCodes.Where(c => c.ElectionId == electionId).ExecuteDeleteAsync(ct);
        await db.CodeIssues.Where(i => i.ElectionId == electionId).ExecuteDeleteAsync(ct);
        var issued = election.CodesIssued;
        election.CodesIssued = 0;
        db.Log.Add(new LogEntry
        {
            Id = Guid.NewGuid(), MeetingId = election.MeetingId, ElectionId = electionId, At = DateTime.UtcNow, By = actor.Name,
            Text = $"{election.Title}: röstningen började om; {struck} lagda röster ströks och {issued} utdelade koder återkallades",
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return struck;
    }

    /// <summary>Stores one teller's reading of the whole pile, replacing what that teller entered before.</summary>
    public async Task EnterPile(Guid electionId, string? teller, IReadOnlyList<PaperEntry>? papers, CancellationToken ct)
    {
        var election = await Voting(electionId, VotingModes.Paper, ct);
        if (string.IsNullOrWhiteSpace(teller)) throw new ElectionProblem("teller", T("Rösträknarens namn behövs.", "the teller's name is required"));
        if (papers is null || papers.Count == 0) throw new ElectionProblem("papers", T("Högen har inga valsedlar.", "the pile has no papers"));
        var present = await db.Voters.CountAsync(v => v.MeetingId == election.MeetingId && v.Present, ct);
        if (papers.Count > present)
            throw new ElectionProblem("papers", T($"Högen har {papers.Count} valsedlar men {present} röstande är närvarande i röstlängden: det kan inte finnas fler valsedlar än närvarande röstande.", $"the pile has {papers.Count} papers but {present} voters are present on the roll: there cannot be more papers than voters present"));
        var candidates = await db.Candidates.CountAsync(c => c.ElectionId == electionId && c.BallotNumber != null, ct);
        for (var i = 0; i < papers.Count; i++)
            if (!papers[i].Invalid && BallotFiles.Problem(papers[i].Preferences ?? [], candidates, election.Seats, election.Method) is { } problem)
                throw new ElectionProblem("papers", Text.T($"röstsedel {i + 1}: {problem}", $"paper {i + 1}: {problem}"));

        var name = teller.Trim();
        await db.PaperBallots.Where(p => p.ElectionId == electionId && p.Teller == name).ExecuteDeleteAsync(ct);
        for (var i = 0; i < papers.Count; i++)
            db.PaperBallots.Add(new PaperBallot
            {
                Id = Guid.NewGuid(), ElectionId = electionId, Teller = name, Number = i + 1,
                Invalid = papers[i].Invalid, Preferences = papers[i].Invalid ? "" : BallotFiles.Format(papers[i].Preferences ?? []),
            });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Where the tellers' readings of the pile differ, paper by paper.</summary>
    public async Task<TellerComparison> Compare(Guid electionId, CancellationToken ct)
    {
        _ = await db.Elections.FirstOrDefaultAsync(e => e.Id == electionId, ct) ?? throw new ElectionNotFound("election");
        var piles = (await db.PaperBallots.Where(p => p.ElectionId == electionId).ToListAsync(ct))
            .GroupBy(p => p.Teller).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(p => p.Number, Reading));
        var papers = piles.Values.SelectMany(p => p.Keys).DefaultIfEmpty(0).Max();
        var differences = new List<PaperDifference>();
        for (var n = 1; n <= papers; n++)
        {
            var readings = piles.ToDictionary(t => t.Key, t => t.Value.GetValueOrDefault(n, "(saknas)"));
            if (readings.Values.Distinct().Count() > 1) differences.Add(new PaperDifference(n, readings));
        }
        return new TellerComparison(piles.ToDictionary(p => p.Key, p => p.Value.Count), differences);
    }

    private static string Reading(PaperBallot p) => p.Invalid ? "ogiltig" : p.Preferences.Length == 0 ? "blank" : p.Preferences;

    private async Task<Election> Voting(Guid electionId, string mode, CancellationToken ct)
    {
        var election = await db.Elections.FirstOrDefaultAsync(e => e.Id == electionId, ct) ?? throw new ElectionNotFound("election");
        if (election.Status != ElectionStatus.Voting) throw new ElectionProblem("election", Text.T("Valet är inte öppet för röstning.", $"The election is not open for voting (status {election.Status})."));
        if (election.VotingMode == VotingModes.Totals) throw new ElectionProblem("mode", T("En platsfördelning tar röster per lista, inte valsedlar eller koder.", "a seat allocation takes votes per list, not ballots or codes"));
        if (election.VotingMode != mode) throw new ElectionProblem("mode", T($"Det här valet röstas {(election.VotingMode == VotingModes.Paper ? "på papper" : "digitalt")}, inte {(mode == VotingModes.Paper ? "på papper" : "digitalt")}.", $"this election is voted by {election.VotingMode} ballot, not {mode}"));
        return election;
    }
}

/// <summary>One paper as a teller read it: ballot numbers in order of preference (or marked), or spoilt.</summary>
internal sealed record PaperEntry(IReadOnlyList<int>? Preferences, bool Invalid);

internal sealed record PaperDifference(int Paper, IReadOnlyDictionary<string, string> Readings);

/// <summary>Papers entered per teller and the papers where they differ; empty differences means they agree.</summary>
internal sealed record TellerComparison(IReadOnlyDictionary<string, int> PapersPerTeller, IReadOnlyList<PaperDifference> Differences)
{
    public bool Agree => Differences.Count == 0;
}
