using Federation.Board.Api;

namespace Federation.Board.Domain;

/// <summary>Reads a plan with its progress as of a day (today in Stockholm unless given).</summary>
internal sealed class PlanReader(PlanService plans, TimeProvider clock)
{
    public async Task<PlanView?> Read(int year, DateOnly? asOf, CancellationToken ct = default)
    {
        var plan = await plans.Find(year, ct);
        if (plan is null) return null;
        var day = asOf ?? Stockholm.Today(clock);
        var facts = await plans.Facts(plan, year, day, ct);
        var (perYear, due) = plans.FollowUpRule(year, day);
        var recorded = facts.FollowUps.Count(d => d.Year == year);
        return PlanView.From(plan, facts, new FollowUpStatus(recorded, perYear, due));
    }
}
