using Federation.Extensions;
using Federation.Plugins.Solna;
using Federation.Plugins.Storstockholm;

namespace Federation.Plugins.Tests;

/// <summary>The board-work rules: Solna's follow-ups and speaker statistics, the district's compliance checks.</summary>
public class BoardWorkRuleTests
{
    private static BoardWorkFacts Facts(
        string[]? functions = null, bool plan = true, int followUps = 1, int due = 1, int meetings = 2, int withStatistics = 1) =>
        new("solna", 2024, new DateOnly(2024, 9, 1), (functions ?? [BoardFunctions.InternalFeministOfficer, BoardFunctions.AntiracistOfficer]).ToHashSet(),
            plan, followUps, due, meetings, withStatistics);

    [Fact]
    public void Solna_follows_up_twice_a_year_from_2024()
    {
        new SolnaFollowUp().FollowUpsPerYear(2024).ShouldBe(2);
        new SolnaFollowUp().FollowUpsPerYear(2020).ShouldBe(0);
    }

    [Fact]
    public void Solna_keeps_speaker_statistics_at_member_general_annual_and_board_meetings_from_2024()
    {
        new SolnaSpeakerStatistics().MeetingTypesRequiringStatistics(2024).ShouldBe(
            [ActivityTypes.MemberMeeting, ActivityTypes.GeneralMeeting, ActivityTypes.AnnualMeeting, ActivityTypes.BoardMeeting], ignoreOrder: true);
        new SolnaSpeakerStatistics().MeetingTypesRequiringStatistics(2023).ShouldBeEmpty();
    }

    [Fact]
    public void The_district_checks_each_fail_on_their_own_gap_only()
    {
        IComplianceCheck[] checks = [new InternalFeministOfficerCheck(), new AntiracistOfficerCheck(), new FollowUpCheck()];
        checks.Select(c => c.Id).ShouldBeUnique();
        checks.ShouldAllBe(c => c.Complies(Facts(null, true, 1, 1, 2, 1)));

        new InternalFeministOfficerCheck().Complies(Facts(functions: [BoardFunctions.AntiracistOfficer])).ShouldBeFalse();
        new AntiracistOfficerCheck().Complies(Facts(functions: [BoardFunctions.InternalFeministOfficer])).ShouldBeFalse();
        new FollowUpCheck().Complies(Facts(followUps: 0, due: 1)).ShouldBeFalse();
        new FollowUpCheck().Complies(Facts(followUps: 0, due: 0)).ShouldBeTrue();
    }

    [Fact]
    public void The_district_runs_only_checks_its_seeds_state()
    {
        // "Talarstatistik förs" and "Verksamhetsplan för året" were not in seed 003 or 004.
        typeof(FollowUpCheck).Assembly.GetTypes().Where(t => typeof(IComplianceCheck).IsAssignableFrom(t))
            .Select(t => ((IComplianceCheck)Activator.CreateInstance(t)!).Id)
            .ShouldBe(["internal-feminist-officer", "antiracist-officer", "follow-up"], ignoreOrder: true);
    }
}
