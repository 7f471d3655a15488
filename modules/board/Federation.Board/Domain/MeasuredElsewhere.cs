using Federation.Communications.Contracts;
using Federation.Studies.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// Plan targets whose figures another module measures, read through its contract where the association
/// enabled it — never typed in: invited lecturers' gender and course occasions (studies), media
/// appearances and who is seen in them (communications). Where the module is off, the target stays manual.
/// </summary>
internal sealed class MeasuredElsewhere(IServiceProvider services)
{
    /// <summary>Counted subjects, each year of the plan as one amount on its first day.</summary>
    public async Task<Dictionary<string, IReadOnlyList<(DateOnly On, decimal Amount)>>> Counts(int firstYear, int lastYear, CancellationToken ct)
    {
        var counts = new Dictionary<string, IReadOnlyList<(DateOnly, decimal)>>();
        var years = Enumerable.Range(firstYear, lastYear - firstYear + 1).ToList();
        if (services.GetService<IStudyStatistics>() is { } studies)
        {
            counts["course:feminist-self-defence"] = await PerYear(years, y => studies.Occasions(CourseKinds.SelfDefence, y, ct));
            counts["course:men-breaking-patriarchal-structures"] = await PerYear(years, y => studies.Occasions(CourseKinds.MensGroup, y, ct));
        }
        if (services.GetService<ICommunicationStatistics>() is { } communications)
        {
            counts["media:local"] = await PerYear(years, async y => (await communications.Media(y, ct)).Local);
            counts["media:regional-and-trade-press"] = await PerYear(years, async y => (await communications.Media(y, ct)).RegionalOrTradePress);
        }
        return counts;
    }

    /// <summary>Measured shares of the year, in percent (null: nothing to measure yet).</summary>
    public async Task<Dictionary<string, decimal?>> Shares(int year, CancellationToken ct)
    {
        var shares = new Dictionary<string, decimal?>();
        if (services.GetService<IStudyStatistics>() is { } studies)
            shares["women-lecturers"] = Percent((await studies.InvitedLecturers(year, ct)).Women);
        if (services.GetService<ICommunicationStatistics>() is { } communications)
            shares["women-in-external-communication"] = Percent((await communications.Media(year, ct)).WomenShare);
        return shares;
    }

    private static async Task<IReadOnlyList<(DateOnly, decimal)>> PerYear(List<int> years, Func<int, Task<int>> count)
    {
        var list = new List<(DateOnly, decimal)>();
        foreach (var year in years) list.Add((new DateOnly(year, 1, 1), await count(year)));
        return list;
    }

    private static decimal? Percent(double? share) => share is { } s ? Math.Round((decimal)s * 100, 1) : null;
}
