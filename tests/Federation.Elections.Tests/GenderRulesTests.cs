using Federation.Elections.Domain;

namespace Federation.Elections.Tests;

public class GenderRulesTests
{
    private static List<RankedPerson> Order(string genders) =>
        genders.Select((g, i) => new RankedPerson($"{g}{i + 1}", g switch
        {
            'W' => Gender.Woman,
            'M' => Gender.Man,
            _ => Gender.NonBinary,
        })).ToList();

    private static string Places(string genders, string rule, int seats, out GenderRuleResult result)
    {
        var order = Order(genders);
        result = GenderRules.Apply(rule, order, seats);
        var r = result;
        return string.Join(" ", r.Places.Select(p => order[p].Name));
    }

    [Fact]
    public void Zipper_alternates_starting_with_the_counts_first_and_moves_the_next_of_the_wanted_gender_up()
    {
        Places("MMMWWM", GenderRules.Zipper, 4, out var r).ShouldBe("M1 W4 M2 W5");
        r.Steps.ShouldContain("plats 2: W4 före M2 (blixtlås: platsen ska vara en kvinna)");
    }

    [Fact]
    public void Zipper_with_an_odd_number_of_seats_starts_with_a_woman_so_at_least_half_are_women()
    {
        // The demo's board: five seats, three men on top of the count. Starting with a man gave three men and two women.
        Places("MMMWWMW", GenderRules.Zipper, 5, out var r).ShouldBe("W4 M1 W5 M2 W7");
        r.Steps.ShouldContain("plats 1: W4 före M1 (blixtlås: udda antal platser, så en kvinna börjar för att minst hälften ska vara kvinnor)");
        r.Warning.ShouldBeNull();
    }

    [Fact]
    public void Zipper_short_of_women_candidates_says_so_in_a_warning()
    {
        Places("MMMWWM", GenderRules.Zipper, 5, out var r).ShouldBe("W4 M1 W5 M2 M3");
        r.Warning.ShouldBe("2 av 5 valda är kvinnor: det fanns inte fler kvinnor bland kandidaterna, så målet att minst hälften ska vara kvinnor nås inte.");
    }

    [Fact]
    public void Pairwise_gives_the_odd_seat_to_a_woman_when_women_would_be_fewer_than_half()
    {
        Places("MWMWMMW", GenderRules.Pairwise, 5, out var r).ShouldBe("M1 W2 M3 W4 W7");
        r.Steps.ShouldContain("plats 5: W7 före M5 (minst hälften av de valda ska vara kvinnor)");
        r.Warning.ShouldBeNull();
    }

    [Fact]
    public void Zipper_starting_with_a_woman_and_running_out_of_men_follows_the_count()
    {
        Places("WWWMW", GenderRules.Zipper, 5, out _).ShouldBe("W1 M4 W2 W3 W5");
    }

    [Fact]
    public void Zipper_lets_a_non_binary_person_take_any_place()
    {
        Places("MNMW", GenderRules.Zipper, 4, out _).ShouldBe("M1 N2 M3 W4");
    }

    [Fact]
    public void Zipper_that_the_count_already_satisfies_moves_no_one_and_says_so()
    {
        Places("WMWM", GenderRules.Zipper, 4, out var r).ShouldBe("W1 M2 W3 M4");
        r.Steps.ShouldBe(["ordningen från räkningen uppfyllde redan regeln"]);
    }

    [Fact]
    public void Pairwise_never_puts_two_men_in_one_pair_while_a_woman_is_left()
    {
        Places("MMMWMW", GenderRules.Pairwise, 4, out var r).ShouldBe("M1 W4 M2 W6");
        r.Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Pairwise_allows_two_women_in_a_pair()
    {
        Places("WWMM", GenderRules.Pairwise, 4, out var r).ShouldBe("W1 W2 M3 M4");
        r.Steps.ShouldBe(["ordningen från räkningen uppfyllde redan regeln"]);
    }

    [Fact]
    public void Pairwise_with_no_woman_left_follows_the_count()
    {
        Places("WMMM", GenderRules.Pairwise, 4, out _).ShouldBe("W1 M2 M3 M4");
    }

    [Fact]
    public void At_least_half_women_replaces_the_lowest_placed_man_with_the_best_placed_woman_not_elected()
    {
        Places("MMWWM", GenderRules.HalfWomen, 3, out var r).ShouldBe("M1 W3 W4");
        r.Steps.ShouldBe(["plats 2: W4 före M2 (minst hälften av de valda ska vara kvinnor)"]);
        r.Warning.ShouldBeNull();
    }

    [Fact]
    public void At_least_half_women_warns_when_too_few_women_stood()
    {
        Places("MMWM", GenderRules.HalfWomen, 3, out var r).ShouldBe("M1 M2 W3");
        r.Warning.ShouldBe("1 av 3 valda är kvinnor: det fanns inte fler kvinnor bland kandidaterna, så målet att minst hälften ska vara kvinnor nås inte.");
    }

    [Fact]
    public void At_least_half_women_is_quiet_when_half_are_women()
    {
        Places("MWWM", GenderRules.HalfWomen, 2, out var r).ShouldBe("M1 W2");
        r.Warning.ShouldBeNull();
    }

    [Fact]
    public void No_rule_takes_the_count_as_it_is()
    {
        Places("MMM", GenderRules.None, 2, out var r).ShouldBe("M1 M2");
        r.Steps.ShouldBeEmpty();
        r.Warning.ShouldBeNull();
    }

    [Fact]
    public void An_unknown_rule_is_refused()
    {
        Should.Throw<ArgumentException>(() => GenderRules.Apply("quota", Order("MW"), 1)).Message.ShouldContain("unknown gender rule 'quota'");
    }
}
