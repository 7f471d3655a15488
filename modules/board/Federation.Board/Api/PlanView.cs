using Federation.Board.Domain;

namespace Federation.Board.Api;

/// <summary>The plan as the API returns it: pillars → goals → targets with their progress.</summary>
internal sealed record PlanView(Guid Id, string Title, int FirstYear, int LastYear, int Year, DateOnly AsOf,
    FollowUpStatus FollowUp, IReadOnlyList<PillarView> Pillars, IReadOnlyList<OtherPlan> Others)
{
    public static PlanView From(Plan plan, PlanFacts facts, FollowUpStatus followUp, IReadOnlyList<OtherPlan> others) => new(
        plan.Id, plan.Title, plan.FirstYear, plan.LastYear, facts.Year, facts.AsOf, followUp,
        plan.Pillars.Select(p => new PillarView(p.Id, p.Name, p.Goals.Select(g => new GoalView(g.Id, g.Text,
            g.Targets.Select(t => new TargetView(t.Id, t.Text, t.Kind.ToString(), t.Quantity, t.Period.ToString(), t.Subject,
                ProgressCalculator.For(t, facts), ProgressCalculator.Semesters(t, facts))).ToList())).ToList())).ToList(), others);
}

/// <summary>Another plan covering the same year (periods may overlap); <c>?from=</c><see cref="FirstYear"/> shows it.</summary>
internal sealed record OtherPlan(string Title, int FirstYear, int LastYear);

internal sealed record PillarView(Guid Id, string Name, IReadOnlyList<GoalView> Goals);

internal sealed record GoalView(Guid Id, string Text, IReadOnlyList<TargetView> Targets);

internal sealed record TargetView(Guid Id, string Text, string Kind, decimal Quantity, string Period, string? Subject, Progress Progress,
    IReadOnlyList<SemesterProgress> Semesters);

/// <summary>The follow-ups recorded, required in the year and due by now: <see cref="Due"/> when the board is behind.</summary>
internal sealed record FollowUpStatus(int Recorded, int PerYear, int DueByNow)
{
    public bool Due => Recorded < DueByNow;
}
