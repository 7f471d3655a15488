namespace Federation.Elections.Domain;

/// <summary>Gender rules, chosen per election and applied as a separate, recorded step after the count:
/// "Minst hälften av våra förtroendevalda ska vara kvinnor" and "Säkerställa att valberedningen arbetar
/// utifrån det ställda målet" (seed 002, Solna). The count gives an order of all candidates (see
/// <see cref="Conclusion.CountOrder"/>); a rule fills the seats from that order. A person who is neither
/// a woman nor a man (or did not say) may take any place, so the rules never exclude them.</summary>
internal static class GenderRules
{
    public const string None = "none";

    /// <summary>Varvade listor: places alternate between women and men, starting with the gender
    /// of the count's first — but with an odd number of seats a woman starts, since alternating from
    /// a man leaves women one short of half; when one gender runs out the rest follow the count.</summary>
    public const string Zipper = "zipper";

    /// <summary>Each pair of places (1–2, 3–4, …) holds a woman and a man, unless women take both:
    /// two men never share a pair while a woman is left; an odd last seat goes to a woman when
    /// women would otherwise be fewer than half.</summary>
    public const string Pairwise = "pairwise";

    /// <summary>Seats as counted, then the best-placed women not elected replace the lowest-placed
    /// men until at least half of those elected are women.</summary>
    public const string HalfWomen = "half-women";

    public static readonly IReadOnlyList<string> All = [None, Zipper, Pairwise, HalfWomen];

    /// <summary>Fills <paramref name="seats"/> places from <paramref name="order"/> (the count's order,
    /// best first). Returns indices into that order, the moves made and any warning.</summary>
    public static GenderRuleResult Apply(string rule, IReadOnlyList<RankedPerson> order, int seats)
    {
        var genders = order.Select(p => p.Gender).ToList();
        var remaining = Enumerable.Range(0, genders.Count).ToList();
        var places = new List<int>();
        var steps = new List<string>();
        var take = Math.Min(seats, genders.Count);

        void Place(Func<int, bool> fits, string why)
        {
            var pick = remaining.FirstOrDefault(c => fits(c), remaining[0]);
            if (pick != remaining[0])
                steps.Add($"plats {places.Count + 1}: {order[pick].Name} före {order[remaining[0]].Name} ({why})");
            remaining.Remove(pick);
            places.Add(pick);
        }

        switch (rule)
        {
            case None or HalfWomen:
                places.AddRange(remaining.Take(take));
                remaining.RemoveRange(0, places.Count);
                break;
            case Zipper:
                var oddStartsWithWoman = take % 2 == 1 && genders[remaining[0]] == Gender.Man;
                var first = genders[remaining[0]] == Gender.Man && !oddStartsWithWoman ? Gender.Man : Gender.Woman;
                while (places.Count < take)
                {
                    var wanted = places.Count % 2 == 0 ? first : Other(first);
                    Place(c => Fits(genders[c], wanted), places.Count == 0 && oddStartsWithWoman
                        ? "blixtlås: udda antal platser, så en kvinna börjar för att minst hälften ska vara kvinnor"
                        : $"blixtlås: platsen ska vara {Swedish(wanted)}");
                }
                break;
            case Pairwise:
                while (places.Count < take)
                {
                    var secondOfPair = places.Count % 2 == 1;
                    if (secondOfPair && genders[places[^1]] == Gender.Man)
                        Place(c => genders[c] != Gender.Man, "parvis: två män får inte dela ett par");
                    else
                        Place(_ => true, "");
                }
                break;
            default:
                throw new ArgumentException($"unknown gender rule '{rule}'; use one of {string.Join(", ", All)}");
        }

        if (rule == None) return new GenderRuleResult(places, steps, null);
        var women = AtLeastHalfWomen(order, genders, places, remaining, steps);
        if (rule == HalfWomen) places.Sort(); // this rule keeps the count's order among those elected
        string? warning = null;
        if (2 * women < places.Count)
            warning = $"{women} av {places.Count} valda är kvinnor: det fanns inte fler kvinnor bland kandidaterna, så målet att minst hälften ska vara kvinnor nås inte.";
        if (steps.Count == 0) steps.Add("ordningen från räkningen uppfyllde redan regeln");
        return new GenderRuleResult(places, steps, warning);
    }

    /// <summary>
    /// What every rule guarantees, as the seeds ask: while fewer than half of those elected are women and a woman is
    /// left, the best-placed woman not elected takes the place of the lowest-placed man. Returns the women elected.
    /// </summary>
    private static int AtLeastHalfWomen(IReadOnlyList<RankedPerson> order, List<string> genders, List<int> places, List<int> remaining, List<string> steps)
    {
        var women = places.Count(c => genders[c] == Gender.Woman);
        while (2 * women < places.Count)
        {
            var woman = remaining.FirstOrDefault(c => genders[c] == Gender.Woman, -1);
            var place = places.FindLastIndex(c => genders[c] == Gender.Man);
            if (woman < 0 || place < 0) break;
            steps.Add($"plats {place + 1}: {order[woman].Name} före {order[places[place]].Name} (minst hälften av de valda ska vara kvinnor)");
            remaining.Remove(woman);
            remaining.Add(places[place]);
            places[place] = woman;
            women++;
        }
        return women;
    }

    private static bool Fits(string gender, string wanted) => gender == wanted || (gender != Gender.Woman && gender != Gender.Man);

    private static string Other(string gender) => gender == Gender.Woman ? Gender.Man : Gender.Woman;

    private static string Swedish(string gender) => gender == Gender.Woman ? "en kvinna" : "en man";
}

internal sealed record RankedPerson(string Name, string Gender);

/// <summary><see cref="Places"/> are indices into the count's order, place 1 first.</summary>
internal sealed record GenderRuleResult(IReadOnlyList<int> Places, IReadOnlyList<string> Steps, string? Warning);
