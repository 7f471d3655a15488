using Federation.Plugins.AlvsjoHagersten;

namespace Federation.Plugins.Tests;

public class AlvsjoHagerstenRuleTests
{
    private readonly MemberActivity15thRule _rule = new();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Describes_a_member_activity_with_a_default_time()
    {
        _rule.Id.ShouldBe("member-activity-15th");
        _rule.ActivityType.ShouldBe(ActivityTypes.MemberMeeting);
        _rule.DefaultStart.ShouldBe(new TimeOnly(18, 30));
        _rule.DefaultDuration.ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void A_year_has_ten_dates_all_on_the_15th_and_none_in_July_or_August()
    {
        var dates = _rule.Dates(D(2026, 1, 1), D(2026, 12, 31)).ToList();

        dates.Count.ShouldBe(10);
        dates.ShouldAllBe(d => d.Day == 15);
        dates.ShouldNotContain(d => d.Month == 7 || d.Month == 8);
        dates.ShouldBeInOrder();
        dates.Select(d => d.Month).ShouldBe([1, 2, 3, 4, 5, 6, 9, 10, 11, 12]);
    }

    [Fact]
    public void A_15th_on_a_weekend_stays_on_the_15th()
    {
        var sunday = D(2026, 3, 15);
        sunday.DayOfWeek.ShouldBe(DayOfWeek.Sunday);

        _rule.Dates(D(2026, 3, 1), D(2026, 3, 31)).ShouldBe([sunday]);
    }

    [Fact]
    public void Crosses_the_year_boundary()
    {
        _rule.Dates(D(2025, 12, 1), D(2026, 1, 31)).ShouldBe([D(2025, 12, 15), D(2026, 1, 15)]);
    }

    [Fact]
    public void Both_bounds_are_inclusive()
    {
        _rule.Dates(D(2026, 3, 15), D(2026, 3, 15)).ShouldBe([D(2026, 3, 15)]);
        _rule.Dates(D(2026, 3, 15), D(2026, 4, 15)).ShouldBe([D(2026, 3, 15), D(2026, 4, 15)]);
        _rule.Dates(D(2026, 3, 16), D(2026, 4, 14)).ShouldBeEmpty();
    }

    [Fact]
    public void Summer_break_skips_July_and_August_only()
    {
        _rule.Dates(D(2026, 6, 15), D(2026, 9, 15)).ShouldBe([D(2026, 6, 15), D(2026, 9, 15)]);
    }

    [Fact]
    public void An_empty_or_reversed_range_has_no_dates()
    {
        _rule.Dates(D(2026, 4, 1), D(2026, 3, 1)).ShouldBeEmpty();
    }
}
