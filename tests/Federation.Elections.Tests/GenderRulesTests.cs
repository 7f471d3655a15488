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
        Places("MMMWWM", GenderRules.Zipper, 5, out var r).ShouldBe("M1 W4 M2 W5 M3");
        r.Steps.ShouldContain("plats 2: W4 före M2 (blixtlås: platsen ska vara en kvinna)");
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
    public void At_least_half_women_keeps_the_count_and_warns_when_fewer_than_half_are_women()
    {
        Places("MMWWM", GenderRules.HalfWomen, 3, out var r).ShouldBe("M1 M2 W3");
        r.Warning.ShouldBe("1 av 3 valda är kvinnor: målet är att minst hälften ska vara kvinnor.");
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
