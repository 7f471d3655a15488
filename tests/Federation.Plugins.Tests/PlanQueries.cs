using Federation.Extensions;

namespace Federation.Plugins.Tests;

internal static class PlanQueries
{
    public static IEnumerable<TargetTemplate> Targets(this IActivityPlanTemplate plan) =>
        plan.Pillars.SelectMany(p => p.Goals).SelectMany(g => g.Targets);

    public static TargetTemplate Target(this IActivityPlanTemplate plan, TargetKind kind, string subject) =>
        plan.Targets().Single(t => t.Kind == kind && t.Subject == subject);

    public static string PillarOf(this IActivityPlanTemplate plan, string subject) =>
        plan.Pillars.Single(p => p.Goals.Any(g => g.Targets.Any(t => t.Subject == subject))).Name;

    public static GoalTemplate Goal(this IActivityPlanTemplate plan, string text) =>
        plan.Pillars.SelectMany(p => p.Goals).Single(g => g.Text == text);

    public static void ShouldBe(this TargetTemplate target, decimal quantity, TargetPeriod period)
    {
        target.Quantity.ShouldBe(quantity, target.Text);
        target.Period.ShouldBe(period, target.Text);
    }
}
