using Federation.Board.Api;

namespace Federation.Board.Domain;

/// <summary>Reads a plan with its progress as of a day (today in Stockholm unless given).</summary>
internal sealed class PlanReader(PlanService plans, TimeProvider clock)
{
    /// <summary>The year's plan (<paramref name="from"/> picks among overlapping ones, see <see cref="PlanService.Find"/>), with the others covering the year.</summary>
    public async Task<PlanView?> Read(int year, DateOnly? asOf, int? from = null, CancellationToken ct = default)
    {
        var plan = await plans.Find(year, from, ct);
        if (plan is null) return null;
        var others = (await plans.Covering(year, ct)).Where(p => p.Id != plan.Id).Select(p => new OtherPlan(p.Title, p.FirstYear, p.LastYear)).ToList();
        return await View(plan, year, asOf, others, ct);
    }

    /// <summary>Every plan covering the year, the earliest first, each judged within its own period (the annual report).</summary>
    public async Task<IReadOnlyList<PlanView>> ReadAll(int year, DateOnly? asOf, CancellationToken ct = default)
    {
        var views = new List<PlanView>();
        foreach (var covering in await plans.Covering(year, ct))
            views.Add(await View((await plans.Find(year, covering.FirstYear, ct))!, year, asOf, [], ct));
        return views;
    }

    private async Task<PlanView> View(Plan plan, int year, DateOnly? asOf, IReadOnlyList<OtherPlan> others, CancellationToken ct)
    {
        var day = asOf ?? Stockholm.Today(clock);
        var facts = await plans.Facts(plan, year, day, ct);
        var (perYear, due) = plans.FollowUpRule(year, day);
        var recorded = facts.FollowUps.Count(d => d.Year == year);
        return PlanView.From(plan, facts, new FollowUpStatus(recorded, perYear, due), others);
    }
}
