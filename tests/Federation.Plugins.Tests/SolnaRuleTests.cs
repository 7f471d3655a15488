using Federation.Plugins.Solna;

namespace Federation.Plugins.Tests;

public class SolnaRuleTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static int CountInMonth(int year, int month, DayOfWeek day) =>
        Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Count(d => D(year, month, d).DayOfWeek == day);

    [Fact]
    public void Vansterpizza_is_a_social_evening()
    {
        var rule = new VansterpizzaRule();

        rule.Id.ShouldBe("vansterpizza");
        rule.ActivityType.ShouldBe(ActivityTypes.Social);
        rule.DefaultStart.ShouldBe(new TimeOnly(18, 0));
        rule.DefaultDuration.ShouldBe(TimeSpan.FromHours(3));
    }

    [Fact]
    public void Vansterpizza_falls_on_the_last_Thursday_of_every_month()
    {
        var dates = new VansterpizzaRule().Dates(D(2020, 1, 1), D(2020, 12, 31)).ToList();

        dates.Select(d => d.Month).ShouldBe(Enumerable.Range(1, 12));
        dates.ShouldAllBe(d => d.DayOfWeek == DayOfWeek.Thursday);
        dates.ShouldAllBe(d => d.AddDays(7).Month != d.Month);
    }

    [Fact]
    public void Vansterpizza_takes_the_fifth_Thursday_when_a_month_has_five()
    {
        var dates = new VansterpizzaRule().Dates(D(2020, 1, 1), D(2020, 12, 31)).ToList();
        var fiveThursdayMonths = Enumerable.Range(1, 12)
            .Where(m => CountInMonth(2020, m, DayOfWeek.Thursday) == 5).ToList();

        fiveThursdayMonths.ShouldContain(1);
        dates.ShouldContain(D(2020, 1, 30));
        dates.Where(d => fiveThursdayMonths.Contains(d.Month)).ShouldAllBe(d => d.Day >= 29);
    }

    [Fact]
    public void Vansterpizza_bounds_are_inclusive()
    {
        var rule = new VansterpizzaRule();

        rule.Dates(D(2020, 1, 30), D(2020, 1, 30)).ShouldBe([D(2020, 1, 30)]);
        rule.Dates(D(2020, 1, 31), D(2020, 2, 26)).ShouldBeEmpty();
    }

    [Fact]
    public void Red_Saturday_is_a_campaign_event()
    {
        var rule = new RedSaturdayRule();

        rule.Id.ShouldBe("red-saturday");
        rule.ActivityType.ShouldBe(ActivityTypes.CampaignEvent);
        rule.DefaultStart.ShouldBe(new TimeOnly(11, 0));
        rule.DefaultDuration.ShouldBe(TimeSpan.FromHours(3));
    }

    [Fact]
    public void Red_Saturday_falls_on_the_first_Saturday_of_every_month()
    {
        var dates = new RedSaturdayRule().Dates(D(2024, 1, 1), D(2024, 12, 31)).ToList();

        dates.Select(d => d.Month).ShouldBe(Enumerable.Range(1, 12));
        dates.ShouldAllBe(d => d.DayOfWeek == DayOfWeek.Saturday && d.Day <= 7);
    }

    [Fact]
    public void Red_Saturday_on_the_1st_and_bounds_are_inclusive()
    {
        var rule = new RedSaturdayRule();
        D(2024, 6, 1).DayOfWeek.ShouldBe(DayOfWeek.Saturday);

        rule.Dates(D(2024, 6, 1), D(2024, 6, 1)).ShouldBe([D(2024, 6, 1)]);
        rule.Dates(D(2024, 6, 2), D(2024, 7, 5)).ShouldBeEmpty();
    }
}
