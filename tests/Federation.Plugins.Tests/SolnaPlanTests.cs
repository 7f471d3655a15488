using Federation.Extensions;
using Federation.Plugins.Solna;

namespace Federation.Plugins.Tests;

public class SolnaPlanTests
{
    private readonly Plan2020 _plan2020 = new();
    private readonly Plan2024 _plan2024 = new();

    [Fact]
    public void Plan_2020_has_the_three_pillars_of_the_seed()
    {
        (_plan2020.FirstYear, _plan2020.LastYear).ShouldBe((2020, 2020));
        _plan2020.Pillars.Select(p => p.Name).ShouldBe(["Intern organisering", "Utåtriktat arbete", "Vår politik"]);
    }

    [Fact]
    public void Plan_2024_has_the_four_pillars_of_the_seed()
    {
        (_plan2024.FirstYear, _plan2024.LastYear).ShouldBe((2024, 2024));
        _plan2024.Pillars.Select(p => p.Name)
            .ShouldBe(["Intern organisering", "Utåtriktat arbete", "Kommunikation", "Vår politik"]);
    }

    [Fact]
    public void Plan_2024_outreach_targets()
    {
        _plan2024.Target(TargetKind.ActivityCount, ActivityTypes.Leafleting).ShouldBe(20, TargetPeriod.Year);
        _plan2024.Target(TargetKind.ActivityCount, ActivityTypes.SquareMeeting).ShouldBe(10, TargetPeriod.Year);
        _plan2024.Target(TargetKind.ActivityCount, "rule:red-saturday").ShouldBe(1, TargetPeriod.Month);
        _plan2024.Target(TargetKind.PerPerson, ActivityTypes.Leafleting).ShouldBe(2, TargetPeriod.Semester);
        _plan2024.Target(TargetKind.PerPerson, ActivityTypes.SquareMeeting).ShouldBe(1, TargetPeriod.Year);
        _plan2024.PillarOf(ActivityTypes.Leafleting).ShouldBe("Utåtriktat arbete");
    }

    [Fact]
    public void Plan_2024_internal_targets()
    {
        _plan2024.Target(TargetKind.ActivityCount, ActivityTypes.Social).ShouldBe(3, TargetPeriod.Year);
        _plan2024.Target(TargetKind.ActivityCount, "plan-follow-up").ShouldBe(2, TargetPeriod.Year);
        _plan2024.Target(TargetKind.Share, "women-lecturers").ShouldBe(50, TargetPeriod.Year);
        _plan2024.Target(TargetKind.Even, "women-speaking-time").Period.ShouldBe(TargetPeriod.Year);
        _plan2024.Target(TargetKind.Even, "women-speakers").Period.ShouldBe(TargetPeriod.Year);
        _plan2024.Target(TargetKind.Share, "meetings-with-speaker-statistics").ShouldBe(100, TargetPeriod.Year);
        _plan2024.Target(TargetKind.Presence, BoardFunctions.InternalFeministOfficer).ShouldBe(1, TargetPeriod.Year);
        _plan2024.Target(TargetKind.Presence, BoardFunctions.AntiracistOfficer).ShouldBe(1, TargetPeriod.Year);
    }

    [Fact]
    public void Plan_2024_communication_targets_are_counted_by_communications_under_communication()
    {
        _plan2024.Target(TargetKind.ActivityCount, "media:local").ShouldBe(40, TargetPeriod.Year);
        _plan2024.Target(TargetKind.ActivityCount, "media:regional-and-trade-press").ShouldBe(6, TargetPeriod.Year);
        _plan2024.Target(TargetKind.ActivityCount, "printed-letter").ShouldBe(1, TargetPeriod.Semester);
        _plan2024.Target(TargetKind.Share, "member-meetings-with-sms").ShouldBe(100, TargetPeriod.Year);
        _plan2024.PillarOf("media:local").ShouldBe("Kommunikation");
        _plan2024.PillarOf("printed-letter").ShouldBe("Kommunikation");
    }

    [Fact]
    public void The_municipal_groups_rules_and_initiative_writing_are_measured_targets_of_both_plans()
    {
        _plan2020.Target(TargetKind.Share, "officials-informed-of-rules-of-procedure").ShouldBe(100, TargetPeriod.Year);
        _plan2024.Target(TargetKind.Share, "officials-informed-of-rules-of-procedure").ShouldBe(100, TargetPeriod.Year);
        _plan2020.Target(TargetKind.ActivityCount, "municipal-group-meetings:initiative-writing").ShouldBe(1, TargetPeriod.Semester);
    }

    [Fact]
    public void Plan_2020_targets()
    {
        _plan2020.Target(TargetKind.Share, "members-called").ShouldBe(100, TargetPeriod.Year);
        _plan2020.Target(TargetKind.ActivityCount, "rule:vansterpizza").ShouldBe(1, TargetPeriod.Month);
        _plan2020.Target(TargetKind.ActivityCount, ActivityTypes.MemberMeeting).ShouldBe(3, TargetPeriod.Semester);
        _plan2020.Target(TargetKind.ActivityCount, ActivityTypes.Social).ShouldBe(2, TargetPeriod.Year);
        _plan2020.Target(TargetKind.ActivityCount, "media:local").ShouldBe(48, TargetPeriod.Year);
        _plan2020.Target(TargetKind.ActivityCount, "media:regional-and-trade-press").ShouldBe(2, TargetPeriod.Year);
        _plan2020.Target(TargetKind.ActivityCount, "newsletter-issue").ShouldBe(1, TargetPeriod.Month);
        _plan2020.Target(TargetKind.Share, "member-meetings-with-sms").ShouldBe(100, TargetPeriod.Year);
        _plan2020.Target(TargetKind.Manual, "campaigns").ShouldBe(2, TargetPeriod.Year);
        _plan2020.Target(TargetKind.Share, "women-lecturers").ShouldBe(50, TargetPeriod.Year);
    }

    [Fact]
    public void Goals_without_a_measure_have_no_targets()
    {
        _plan2020.Goal("Bygga kvinnliga auktoriteter.").Targets.ShouldBeEmpty();
        _plan2024.Goal("Synas i våra prioriterade områden.").Targets.ShouldBeEmpty();
    }

    [Fact]
    public void Jamn_is_the_band_40_to_60_percent_both_ways()
    {
        new SolnaEvenGenderBand().Band(2024).ShouldBe(new EvenBand(40, 60));
    }
}
