using Federation.Extensions;
using Federation.Plugins.Storstockholm;

namespace Federation.Plugins.Tests;

public class StorstockholmPlanTests
{
    private readonly Plan2023To2025 _plan2023 = new();
    private readonly Plan2025To2027 _plan2025 = new();

    [Fact]
    public void Plan_2023_to_2025_has_the_seed_structure()
    {
        (_plan2023.FirstYear, _plan2023.LastYear).ShouldBe((2023, 2025));
        _plan2023.Pillars.Select(p => p.Name).ShouldBe(
            ["Kunskapsutveckla", "Stötta", "Kommunicera", "Aktivera", "Ett distrikt som håller ihop"]);
    }

    [Fact]
    public void Plan_2023_to_2025_targets()
    {
        _plan2023.Target(TargetKind.Share, "chairs-leadership-training").ShouldBe(100, TargetPeriod.Plan);
        _plan2023.Target(TargetKind.Share, "associations-with-internal-feminist-officer").ShouldBe(100, TargetPeriod.Plan);
        _plan2023.Target(TargetKind.Share, "associations-with-antiracist-officer").ShouldBe(100, TargetPeriod.Plan);
        _plan2023.Target(TargetKind.ActivityCount, "course:feminist-self-defence").ShouldBe(2, TargetPeriod.Plan);
        _plan2023.Target(TargetKind.ActivityCount, "course:men-breaking-patriarchal-structures").ShouldBe(2, TargetPeriod.Year);
        _plan2023.Target(TargetKind.Share, "activity-fund-priority-areas").ShouldBe(50, TargetPeriod.Year);
        _plan2023.Target(TargetKind.Share, "associations-active-in-priority-areas").ShouldBe(50, TargetPeriod.Year);
        _plan2023.PillarOf("activity-fund-priority-areas").ShouldBe("Ett distrikt som håller ihop");
    }

    [Fact]
    public void Plan_2025_to_2027_has_the_seed_structure()
    {
        (_plan2025.FirstYear, _plan2025.LastYear).ShouldBe((2025, 2027));
        _plan2025.Pillars.Select(p => p.Name).ShouldBe(
            ["Verksamhet", "Organisation", "Interndemokrati", "Samarbeten", "Studier", "Stöd", "Valåret 2026"]);
    }

    [Fact]
    public void Plan_2025_to_2027_targets()
    {
        _plan2025.Target(TargetKind.ActivityCount, "course:feminist-self-defence").ShouldBe(2, TargetPeriod.Plan);
        _plan2025.Target(TargetKind.Share, "list-toppers-offered-rhetoric-training").ShouldBe(100, TargetPeriod.Plan);
        _plan2025.Target(TargetKind.Manual, "membership-inventory").ShouldBe(1, TargetPeriod.Plan);
        _plan2025.Target(TargetKind.ActivityCount, ActivityTypes.PhoneBank).ShouldBe(1, TargetPeriod.Plan);
        _plan2025.PillarOf(ActivityTypes.PhoneBank).ShouldBe("Valåret 2026");
    }

    [Fact]
    public void Targets_before_the_2026_election_are_due_on_election_day()
    {
        var plan = new Plan2025To2027();
        foreach (var subject in new[] { "membership-inventory", "pre-election-campaign", "list-toppers-offered-rhetoric-training" })
            plan.Targets().Single(t => t.Subject == subject).Due.ShouldBe(new DateOnly(2026, 9, 13), subject);
        plan.Targets().Single(t => t.Subject == "digital-strategy").Due.ShouldBeNull();
    }
}
