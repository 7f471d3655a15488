using Federation.Extensions;
using Federation.Plugins.AlvsjoHagersten;
using Federation.Plugins.Solna;
using Federation.Plugins.Storstockholm;
using Federation.TestSupport;

namespace Federation.Plugins.Tests;

/// <summary>The activities the seeds expect at a time of year, each quoting its seed.</summary>
public class ExpectedActivitiesTests
{
    private static readonly string SeedFolder = RepoPaths.Seeds;

    [Fact]
    public void The_district_days_of_2025_are_the_union_of_both_plans_on_their_real_dates()
    {
        var days = new DistrictDays().In(2025).ToDictionary(d => d.Id);
        days.Keys.ShouldBe(["8-mars", "1-maj", "stockholm-pride", "funktionshinderdagen", "slaveriet-internationell", "socialistiskt-forum",
            "feministiskt-forum", "jarvaveckan", "palestinadagen", "slaveriet-svensk", "novemberpogromen"], ignoreOrder: true);
        days["8-mars"].From.ShouldBe(new DateOnly(2025, 3, 8));
        days["1-maj"].From.ShouldBe(new DateOnly(2025, 5, 1));
        // Stockholm Pride 2025 ran 28 July – 3 August with the parade on Saturday 2 August: not "1 August".
        (days["stockholm-pride"].From, days["stockholm-pride"].To).ShouldBe((new DateOnly(2025, 7, 28), new DateOnly(2025, 8, 3)));
        days["funktionshinderdagen"].From.ShouldBe(new DateOnly(2025, 12, 3));
        days["slaveriet-internationell"].From.ShouldBe(new DateOnly(2025, 8, 23));
        days["slaveriet-svensk"].From.ShouldBe(new DateOnly(2025, 10, 9));
        days["palestinadagen"].From.ShouldBe(new DateOnly(2025, 11, 29));
        days["novemberpogromen"].From.ShouldBe(new DateOnly(2025, 11, 9));
        days["jarvaveckan"].Conditional.ShouldBeTrue("förutsatt att de arrangeras");
        days["jarvaveckan"].TitleContains.ShouldBe("Järvaveckan");
        days["8-mars"].Conditional.ShouldBeFalse();
    }

    [Fact]
    public void Each_plan_period_has_only_its_own_days_and_its_election()
    {
        var in2024 = new DistrictDays().In(2024).Select(d => d.Id).ToList();
        in2024.ShouldContain("eu-valet");
        in2024.ShouldContain("jarvaveckan");
        in2024.ShouldNotContain("palestinadagen", "seed 004 starts in 2025");
        new DistrictDays().In(2024).Single(d => d.Id == "eu-valet").From.ShouldBe(new DateOnly(2024, 6, 9));

        var in2026 = new DistrictDays().In(2026).ToList();
        in2026.Select(d => d.Id).ShouldNotContain("jarvaveckan", "seed 003 ended in 2025");
        in2026.Single(d => d.Id == "allmanna-valet").From.ShouldBe(new DateOnly(2026, 9, 13));
        in2026.Single(d => d.Id == "stockholm-pride").From.ShouldBe(new DateOnly(2026, 7, 27));
        new DistrictDays().In(2022).ShouldBeEmpty();
        new DistrictDays().In(2028).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2023, 7, 31, 8, 6)]
    [InlineData(2024, 7, 29, 8, 4)]
    [InlineData(2025, 7, 28, 8, 3)]
    public void Pride_week_is_the_week_of_the_first_saturday_of_august(int year, int m1, int d1, int m2, int d2) =>
        DistrictDays.PrideWeek(year).ShouldBe((new DateOnly(year, m1, d1), new DateOnly(year, m2, d2)));

    [Fact]
    public void Alvsjo_hagersten_expects_a_conditional_summer_party_in_may_or_june_and_a_christmas_activity_in_december()
    {
        var parties = new PartiesOfTheYear().In(2026);
        var summer = parties.Single(p => p.Id == "sommarfest");
        (summer.From, summer.To, summer.ActivityType, summer.Conditional).ShouldBe((new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 30), ActivityTypes.Social, true));
        var christmas = parties.Single(p => p.Id == "julaktivitet");
        (christmas.From, christmas.To, christmas.Conditional).ShouldBe((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), false));
        new PartiesOfTheYear().In(2017).ShouldBeEmpty();
    }

    [Fact]
    public void Solna_expects_two_budget_member_meetings_one_of_them_in_the_autumn_from_2024()
    {
        var meetings = new Plan2024Points().In(2025).Where(m => m.Tag is null).ToList();
        meetings.Select(m => m.Id).ShouldBe(["budget-hostmote", "budget-prioriteringar"]);
        meetings.ShouldAllBe(m => m.ActivityType == ActivityTypes.MemberMeeting && m.TitleContains == "budget");
        meetings.Single(m => m.Id == "budget-hostmote").From.ShouldBe(new DateOnly(2025, 9, 1));
        new Plan2024Points().In(2023).ShouldBeEmpty();
    }

    [Fact]
    public void Solna_expects_member_days_in_syninge_every_year_as_a_tagged_social_activity()
    {
        foreach (var year in new[] { 2020, 2023, 2024, 2027 })
        {
            IExpectedActivities plan = year < 2024 ? new Plan2020Points() : new Plan2024Points();
            var syninge = plan.In(year).Single(p => p.Id == "syninge");
            (syninge.Tag, syninge.ActivityType, syninge.Conditional, syninge.TitleContains).ShouldBe(("syninge", ActivityTypes.Social, false, (string?)null));
            (syninge.From, syninge.To).ShouldBe((new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
        }
    }

    [Fact]
    public void Solna_2024_meets_a_lead_candidate_before_the_eu_election_on_9_june()
    {
        var eu = new Plan2024Points().In(2024).Single(m => m.Id == "eu-toppkandidat");
        (eu.To, eu.ActivityType).ShouldBe((new DateOnly(2024, 6, 9), ActivityTypes.MemberMeeting));
        new Plan2024Points().In(2025).ShouldNotContain(m => m.Id == "eu-toppkandidat");
    }

    [Fact]
    public void Solna_2020_expects_a_policy_meeting_until_the_2024_plan_and_leaves_initiative_writing_to_the_municipal_groups_meetings()
    {
        var points = new Plan2020Points().In(2022);
        points.Select(p => p.Id).ShouldContain("politikutvecklingstraff");
        points.ShouldNotContain(p => p.TitleContains == "initiativ", "the board counts the municipal group's meetings with that theme");
        new Plan2020Points().In(2024).ShouldBeEmpty("the 2024 plan replaces it");
        new Plan2020Points().In(2019).ShouldBeEmpty();
    }

    [Fact]
    public void The_district_arranges_the_summer_camp_2023_to_2025_and_new_member_meetings_after_the_2026_election()
    {
        new DistrictEvents().In(2024).Single().Id.ShouldBe("sommarvanstern");
        new DistrictEvents().In(2026).Single().From.ShouldBe(new DateOnly(2026, 9, 14));
        new DistrictEvents().In(2026).Single().ActivityType.ShouldBe(ActivityTypes.NewMemberMeeting);
        new DistrictEvents().In(2027).ShouldBeEmpty();
    }

    [Fact]
    public void Every_expected_activity_quotes_its_seed_word_for_word()
    {
        Directory.Exists(SeedFolder).ShouldBeTrue($"the seeds should be at {SeedFolder}");
        IExpectedActivities[] all = [new DistrictDays(), new DistrictEvents(), new PartiesOfTheYear(), new Plan2024Points(), new Plan2020Points(), new DelegatesReportBack()];
        var quotes = all.SelectMany(p => Enumerable.Range(2018, 10).SelectMany(p.In)).Select(e => e.Source).Distinct().ToList();
        quotes.ShouldNotBeEmpty();
        foreach (var quote in quotes)
        {
            var text = Normalise(File.ReadAllText(Path.Combine(SeedFolder, quote.File)));
            text.ShouldContain(Normalise(quote.Quote), Case.Sensitive, $"{quote.File} should contain the quote");
        }
    }

    // The seeds are PDF text: lines break mid-sentence and spaces double.
    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
