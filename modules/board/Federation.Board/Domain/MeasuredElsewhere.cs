using Federation.Communications.Contracts;
using Federation.Membership.Contracts;
using Federation.Studies.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// Plan targets whose figures another module measures, read through its contract where the association
/// enabled it — never typed in: invited lecturers' gender and course occasions (studies), media
/// appearances and who is seen in them (communications), members a call reached in the year (membership). Where the module is off, the target stays manual.
/// </summary>
internal sealed class MeasuredElsewhere(IServiceProvider services)
{
    /// <summary>
    /// Counted subjects over the plan's years (each year as one amount on its first day) and the shares of
    /// <paramref name="year"/> in percent (null: nothing to measure yet). Each module is asked once per year.
    /// </summary>
    public async Task<(Dictionary<string, IReadOnlyList<(DateOnly On, decimal Amount)>> Counts, Dictionary<string, decimal?> Shares)> Read(
        int firstYear, int lastYear, int year, CancellationToken ct)
    {
        var counts = new Dictionary<string, IReadOnlyList<(DateOnly, decimal)>>();
        var shares = new Dictionary<string, decimal?>();
        var years = Enumerable.Range(firstYear, lastYear - firstYear + 1).ToList();
        if (services.GetService<IStudyStatistics>() is { } studies)
        {
            counts["course:feminist-self-defence"] = await PerYear(years, y => studies.Occasions(CourseKinds.SelfDefence, y, ct));
            counts["course:men-breaking-patriarchal-structures"] = await PerYear(years, y => studies.Occasions(CourseKinds.MensGroup, y, ct));
            shares["women-lecturers"] = Percent((await studies.InvitedLecturers(year, ct)).Women);
        }
        if (services.GetService<IMembershipStatistics>() is { } membership)
        {
            shares["members-called"] = Percent((await membership.Called(year, ct)).Share);
            foreach (var (subject, step) in OnboardingSteps) shares[subject] = Percent((await membership.Onboarded(year, step, ct)).Share);
        }
        if (services.GetService<ICommunicationStatistics>() is { } communications)
        {
            var media = new Dictionary<int, MediaYear>();
            foreach (var y in years.Append(year).Distinct()) media[y] = await communications.Media(y, ct);
            counts["media:local"] = [.. years.Select(y => (new DateOnly(y, 1, 1), (decimal)media[y].Local))];
            counts["media:regional-and-trade-press"] = [.. years.Select(y => (new DateOnly(y, 1, 1), (decimal)media[y].RegionalOrTradePress))];
            shares["women-in-external-communication"] = Percent(media[year].WomenShare);
        }
        return (counts, shares);
    }

    /// <summary>Plan subjects computed from a step of the onboarding checklist (the steps' ids in the plugins' checklists).</summary>
    private static readonly (string Subject, string Step)[] OnboardingSteps =
        [("new-members-contacted", "first-contact"), ("new-members-informed-of-district-courses", "course-tip")];

    private static async Task<IReadOnlyList<(DateOnly, decimal)>> PerYear(List<int> years, Func<int, Task<int>> count)
    {
        var list = new List<(DateOnly, decimal)>();
        foreach (var year in years) list.Add((new DateOnly(year, 1, 1), await count(year)));
        return list;
    }

    private static decimal? Percent(double? share) => share is { } s ? Math.Round((decimal)s * 100, 1) : null;
}
