namespace Federation.Activities.Fund;

/// <summary>What was granted to associations of one capacity.</summary>
internal sealed record CapacityShare(FundCapacity Capacity, int Applications, int Grants, long Granted, double Share, long AverageGrant);

/// <summary>
/// A year of the fund against the seeds' rules: the share granted to priority areas (seed 003: "rikta 50% av den till
/// prioriterade områden") and the distribution by the associations' capacity (seed 004: "efter ekonomisk och
/// organisatorisk förmåga"). The seed does not say how capacity should weigh; we read it as: an association with
/// less capacity gets at least as much per grant as one with more (<see cref="ByCapacityFollowed"/>).
/// </summary>
internal sealed record FundReport(int Year, long Applied, long Granted, long GrantedToPriorityAreas, int Pending, IReadOnlyList<CapacityShare> ByCapacity)
{
    /// <summary>Seed 003's target share of the fund for priority areas.</summary>
    public const double PriorityTarget = 0.5;

    public double PriorityShare => Granted == 0 ? 0 : (double)GrantedToPriorityAreas / Granted;

    public bool PriorityRuleMet => Granted > 0 && PriorityShare >= PriorityTarget;

    /// <summary>The average grant does not grow with capacity (levels without grants are left out).</summary>
    public bool ByCapacityFollowed
    {
        get
        {
            var averages = ByCapacity.Where(c => c.Grants > 0).OrderBy(c => c.Capacity).Select(c => c.AverageGrant).ToList();
            return averages.Count > 0 && averages.Zip(averages.Skip(1)).All(p => p.First >= p.Second);
        }
    }

    public static FundReport Of(int year, IReadOnlyList<FundApplication> applications)
    {
        var granted = applications.Where(a => a.Decision == FundDecision.Granted).ToList();
        long total = granted.Sum(a => (long)a.Granted!.Value);
        var byCapacity = Enum.GetValues<FundCapacity>().Select(c =>
        {
            var theirs = granted.Where(a => a.Capacity == c).ToList();
            long sum = theirs.Sum(a => (long)a.Granted!.Value);
            return new CapacityShare(c, applications.Count(a => a.Capacity == c), theirs.Count, sum,
                total == 0 ? 0 : (double)sum / total, theirs.Count == 0 ? 0 : sum / theirs.Count);
        }).ToList();
        return new FundReport(year, applications.Sum(a => (long)a.Amount), total,
            granted.Where(a => a.PriorityArea).Sum(a => (long)a.Granted!.Value),
            applications.Count(a => a.Decision == FundDecision.Pending), byCapacity);
    }
}
