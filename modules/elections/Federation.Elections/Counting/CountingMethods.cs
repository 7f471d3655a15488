using System.Security.Cryptography;

namespace Federation.Elections.Counting;

/// <summary>The methods by name, each with the input it reads. The entry point for the CLI and for
/// callers that hold a ballot file.</summary>
internal static class CountingMethods
{
    private enum Input { Ranked, Marked, Parties }

    private static readonly Dictionary<string, Input> Inputs = new()
    {
        [ScottishStv.Name] = Input.Ranked,
        [MeekStv.Name] = Input.Ranked,
        [InstantRunoff.Name] = Input.Ranked,
        [Schulze.Name] = Input.Ranked,
        [HighestAverages.SainteLague] = Input.Parties,
        [HighestAverages.DHondt] = Input.Parties,
        [MarkedMethods.Approval] = Input.Marked,
        [MarkedMethods.Majority] = Input.Marked,
        [MarkedMethods.Plurality] = Input.Marked,
    };

    public static IReadOnlyCollection<string> Names => Inputs.Keys;

    /// <summary>A fresh seed for a count whose caller gave none; it is recorded in the result.</summary>
    public static ulong NewSeed() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));

    /// <summary>Counts <paramref name="ballotFile"/> by <paramref name="method"/>. <paramref name="seats"/>
    /// overrides the file's number of seats; files without one (CSV) need it.</summary>
    public static CountResult Count(string method, string ballotFile, int? seats, ulong seed)
    {
        if (!Inputs.TryGetValue(method, out var input))
            throw new CountingException($"unknown method '{method}'; use one of: {string.Join(", ", Names)}");
        if (!File.Exists(ballotFile)) throw new CountingException($"ballot file not found: {ballotFile}");
        return input switch
        {
            Input.Ranked => Count(method, BltReader.Read(ballotFile).WithSeats(seats), seed),
            Input.Marked => Count(method, TableReader.ReadMarked(ballotFile), seats, seed),
            _ => Count(method, TableReader.ReadParties(ballotFile), seats, seed),
        };
    }

    public static CountResult Count(string method, RankedElection election, ulong seed)
    {
        var ties = new TieBreaker(seed, election.Candidates);
        return method switch
        {
            ScottishStv.Name => ScottishStv.Count(election, ties),
            MeekStv.Name => MeekStv.Count(election, ties),
            InstantRunoff.Name => InstantRunoff.Count(election, ties),
            Schulze.Name => Schulze.Count(election, ties),
            _ => throw new CountingException($"{method} does not count ranked ballots"),
        };
    }

    public static CountResult Count(string method, MarkedElection election, int? seats, ulong seed)
    {
        var n = SeatsFor(seats, election.Seats, election.Candidates.Count);
        var ties = new TieBreaker(seed, election.Candidates);
        return method switch
        {
            MarkedMethods.Approval => MarkedMethods.CountApproval(election, n, ties),
            MarkedMethods.Majority => MarkedMethods.CountMajority(election, n, ties),
            MarkedMethods.Plurality => MarkedMethods.CountPlurality(election, n, ties),
            _ => throw new CountingException($"{method} does not count marked ballots"),
        };
    }

    public static CountResult Count(string method, PartyVotes election, int? seats, ulong seed)
    {
        // A party can win any number of seats, so only the lower bound applies.
        var n = seats ?? election.Seats ?? throw new CountingException("the number of seats is not in the file: give --seats");
        if (n < 1) throw new CountingException($"seats must be at least 1, not {n}");
        return HighestAverages.Count(method, election, n, new TieBreaker(seed, election.Parties));
    }

    private static int SeatsFor(int? given, int? inFile, int candidates) =>
        RankedElection.Validate(given ?? inFile ?? throw new CountingException("the number of seats is not in the file: give --seats"), candidates);
}
