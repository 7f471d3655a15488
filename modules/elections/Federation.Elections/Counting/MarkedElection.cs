namespace Federation.Elections.Counting;

/// <summary>A paper on which the voter marks candidates without ranking them. <see cref="Where"/>
/// locates it in the file ("line 7" or "ballots[3]") for error messages.</summary>
internal sealed record MarkedBallot(int[] Marks, int Line, string Where);

/// <summary>An election with marked (approval-style) papers; <see cref="Seats"/> may come from the file.</summary>
internal sealed record MarkedElection(string Title, IReadOnlyList<string> Candidates, int? Seats, IReadOnlyList<MarkedBallot> Ballots)
{
    /// <summary>Votes per candidate and the number of non-blank papers. A paper may mark at most one
    /// candidate per seat ("N votes per voter"); more is a malformed paper, not something to guess about.</summary>
    public (long[] Votes, long ValidPapers) Tally(int seats)
    {
        var votes = new long[Candidates.Count];
        long valid = 0;
        foreach (var b in Ballots)
        {
            if (b.Marks.Length > seats)
                throw new BallotFormatException(b.Line, $"{(b.Line > 0 ? "" : b.Where + ": ")}ballot marks {b.Marks.Length} candidates but at most {seats} may be marked");
            if (b.Marks.Length > 0) valid++;
            foreach (var c in b.Marks) votes[c]++;
        }
        return (votes, valid);
    }
}
