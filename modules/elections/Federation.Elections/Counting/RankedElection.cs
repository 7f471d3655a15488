namespace Federation.Elections.Counting;

/// <summary>Identical papers are counted once with a weight: <see cref="Preferences"/> holds
/// 0-based candidate indices, first preference first.</summary>
internal sealed record RankedBallot(int[] Preferences, long Weight);

/// <summary>A ranked-ballot election as read from a BLT file.</summary>
internal sealed record RankedElection(
    string Title,
    IReadOnlyList<string> Candidates,
    int Seats,
    IReadOnlySet<int> Withdrawn,
    IReadOnlyList<RankedBallot> Ballots)
{
    /// <summary>The papers as the counting rules see them: withdrawn candidates struck out,
    /// blank papers (and papers left blank by that) dropped, as they are not valid votes.</summary>
    public IReadOnlyList<RankedBallot> ValidPapers()
    {
        var papers = new List<RankedBallot>(Ballots.Count);
        foreach (var b in Ballots)
        {
            if (Withdrawn.Count == 0)
            {
                if (b.Preferences.Length > 0) papers.Add(b); // nothing to strike: no copy
                continue;
            }
            var kept = Array.FindAll(b.Preferences, c => !Withdrawn.Contains(c));
            if (kept.Length > 0) papers.Add(b with { Preferences = kept });
        }
        return papers;
    }

    public RankedElection WithSeats(int? seats) => seats is null ? this : this with { Seats = Validate(seats.Value, Candidates.Count - Withdrawn.Count) };

    internal static int Validate(int seats, int candidates) =>
        seats < 1 ? throw new CountingException($"seats must be at least 1, not {seats}")
        : seats > candidates ? throw new CountingException($"{seats} seats but only {candidates} candidates")
        : seats;
}

/// <summary>Structural equality for preference arrays, so identical papers aggregate.</summary>
internal sealed class PreferenceComparer : IEqualityComparer<int[]>
{
    public static readonly PreferenceComparer Instance = new();
    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);
    public int GetHashCode(int[] obj)
    {
        var h = new HashCode();
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
        return h.ToHashCode();
    }
}
