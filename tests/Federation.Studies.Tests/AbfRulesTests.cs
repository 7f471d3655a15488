using Federation.Studies.Domain;

namespace Federation.Studies.Tests;

/// <summary>ABF's reporting rules at their boundaries, named in Swedish with the figures.</summary>
public sealed class AbfRulesTests
{
    private static CircleParticipant Born(int year) => new() { Name = $"Född {year}", BirthYear = year };

    private static CircleSession Session(int day, decimal hours) => new() { Date = new DateOnly(2026, 3, day), StudyHours = hours };

    private static readonly CircleParticipant[] Three = [Born(1980), Born(1990), Born(2000)];
    private static readonly CircleSession[] NineHours = [Session(2, 3), Session(9, 3), Session(16, 3)];

    [Fact]
    public void Three_adults_three_sessions_and_nine_hours_can_be_reported() =>
        AbfRules.Problems(Three, NineHours, 2026).ShouldBeEmpty();

    [Fact]
    public void Two_participants_are_too_few() =>
        AbfRules.Problems(Three[..2], NineHours, 2026).ShouldBe(["2 deltagare, minst 3 krävs"]);

    [Fact]
    public void A_participant_who_turns_12_this_year_does_not_count_but_one_who_turns_13_does()
    {
        AbfRules.Problems([.. Three[..2], Born(2014)], NineHours, 2026).ShouldBe(["2 deltagare, minst 3 krävs (1 under 13 år räknas inte)"]);
        AbfRules.Problems([.. Three[..2], Born(2013)], NineHours, 2026).ShouldBeEmpty();
    }

    [Fact]
    public void Eight_and_a_quarter_study_hours_are_too_few_nine_are_enough()
    {
        AbfRules.Problems(Three, [Session(2, 3), Session(9, 3), Session(16, 2.25m)], 2026).ShouldBe(["8,25 studietimmar, minst 9 krävs"]);
        AbfRules.Problems(Three, [Session(2, 3), Session(9, 3), Session(16, 3)], 2026).ShouldBeEmpty();
    }

    [Fact]
    public void Four_study_hours_in_a_session_are_allowed_four_and_a_quarter_are_not()
    {
        AbfRules.Problems(Three, [Session(2, 4), Session(9, 3), Session(16, 2)], 2026).ShouldBeEmpty();
        AbfRules.Problems(Three, [Session(2, 4.25m), Session(9, 3), Session(16, 2)], 2026)
            .ShouldBe(["Sammankomsten 2 mars 2026: 4,25 studietimmar, högst 4 tillåts"]);
    }

    [Fact]
    public void Two_sessions_are_too_few_and_every_failing_rule_is_named()
    {
        AbfRules.Problems([Born(1990)], [Session(2, 3)], 2026).ShouldBe(
        [
            "1 deltagare, minst 3 krävs",
            "1 sammankomst, minst 3 krävs",
            "3 studietimmar, minst 9 krävs",
        ]);
        AbfRules.Problems(Three, [Session(2, 4), Session(9, 4), Session(16, 1)], 2026).ShouldBeEmpty();
        AbfRules.Problems(Three, [Session(2, 4), Session(9, 4)], 2026).ShouldBe(["2 sammankomster, minst 3 krävs", "8 studietimmar, minst 9 krävs"]);
    }

    [Fact]
    public void A_study_hour_is_45_minutes() =>
        (AbfRules.StudyHours(new TimeOnly(18, 0), new TimeOnly(20, 15)), AbfRules.StudyHours(new TimeOnly(18, 0), new TimeOnly(21, 0))).ShouldBe((3m, 4m));
}
