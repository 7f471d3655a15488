using Federation.Extensions;

namespace Federation.Board.Domain;

/// <summary>
/// The speaker list's order, as OpenSlides keeps it: those who spoke and the one speaking (by when they began), then
/// points of order (ordningsfrågor), then replies (repliker), each in the order asked, then ordinary speeches. Speeches
/// follow the association's <see cref="SpeakerListOrder"/>: first-time speakers ahead of those who already held a
/// speech, and an alternating list that gives the next speech after a man's (or someone's not stated) to the first
/// woman or non-binary person waiting. The queue is recomputed from the stored rows each time, so it needs no
/// stored position and a withdrawal or a new request can never leave it inconsistent.
/// </summary>
internal static class SpeakerQueue
{
    public static List<Contribution> Order(IEnumerable<Contribution> contributions, SpeakerListOrder rule)
    {
        var all = contributions.ToList();
        var held = all.Where(c => !c.Waiting).OrderBy(c => c.StartedAt).ThenBy(c => c.Number).ToList();
        var waiting = all.Where(c => c.Waiting).OrderBy(c => c.Number).ToList();
        var ordered = new List<Contribution>(all.Count);
        ordered.AddRange(held);
        ordered.AddRange(waiting.Where(c => c.Type == Contribution.PointOfOrder));
        ordered.AddRange(waiting.Where(c => c.Type == Contribution.Reply));

        // Speeches are placed one at a time, as if each were held in turn, so the rules see the speakers before them.
        var spoken = held.Where(c => c.Type == Contribution.Speech).Select(c => c.SpeakerKey).ToHashSet();
        var previousGender = held.LastOrDefault(c => c.Type == Contribution.Speech)?.Gender;
        var pool = waiting.Where(c => c.Type == Contribution.Speech).ToList();
        while (pool.Count > 0)
        {
            var candidates = rule.FirstTimeSpeakersFirst ? pool.OrderBy(c => spoken.Contains(c.SpeakerKey) ? 1 : 0).ToList() : pool;
            var pick = rule.AlternateWomenAndNonBinary && previousGender is not null && !WomanOrNonBinary(previousGender)
                ? candidates.FirstOrDefault(c => WomanOrNonBinary(c.Gender)) ?? candidates[0]
                : candidates[0];
            ordered.Add(pick);
            pool.Remove(pick);
            spoken.Add(pick.SpeakerKey);
            previousGender = pick.Gender;
        }
        return ordered;
    }

    public static bool WomanOrNonBinary(string gender) => gender is Gender.Woman or Gender.NonBinary;
}
