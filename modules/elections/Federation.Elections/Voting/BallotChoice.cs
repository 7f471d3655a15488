using Federation.Elections.Domain;
using Federation.Platform.Web;

namespace Federation.Elections.Voting;

/// <summary>A paper as the phone's form sends it — for a ranked method a place (1, 2, …) chosen per
/// candidate, for a marked method the ticked candidates — turned into ballot numbers in order of
/// preference, or the problem said in the voter's words so it is fixed before anything is cast.</summary>
internal static class BallotChoice
{
    /// <summary>Places by ballot number (a candidate left without a place is not ranked). The places
    /// must run 1, 2, 3 … without a gap and each place may go to one candidate only.</summary>
    public static int[] Ranked(IReadOnlyDictionary<int, int> placeByNumber, IReadOnlyList<Candidate> ballot)
    {
        string Name(int number) => ballot.FirstOrDefault(c => c.BallotNumber == number)?.Name ?? $"nr {number}";
        var shared = placeByNumber.GroupBy(p => p.Value).OrderBy(g => g.Key).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            var names = string.Join(" och ", shared.Select(p => Name(p.Key)));
            throw new ElectionProblem("preferences", Text.T($"Plats {shared.Key} är given till flera kandidater ({names}). Ge varje plats till en kandidat.",
                $"Place {shared.Key} is given to several candidates ({names}). Give each place to one candidate."));
        }
        var places = placeByNumber.Values.Order().ToList();
        for (var i = 0; i < places.Count; i++)
            if (places[i] != i + 1)
                throw new ElectionProblem("preferences", Text.T($"Plats {i + 1} saknas: du har gett plats {places[i]} men ingen plats {i + 1}. Numrera utan luckor.",
                    $"Place {i + 1} is missing: you gave place {places[i]} but no place {i + 1}. Number without gaps."));
        return placeByNumber.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
    }

    /// <summary>The ticked ballot numbers, at most one per seat.</summary>
    public static int[] Marked(IReadOnlyCollection<int> ticked, int seats)
    {
        if (ticked.Count > seats)
            throw new ElectionProblem("preferences", Text.T($"Du har kryssat {ticked.Count} kandidater men får kryssa högst {seats}. Ta bort {ticked.Count - seats}.",
                $"You ticked {ticked.Count} candidates but may tick at most {seats}. Remove {ticked.Count - seats}."));
        return ticked.Order().ToArray();
    }
}
