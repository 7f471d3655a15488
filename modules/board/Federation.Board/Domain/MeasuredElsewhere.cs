using Federation.Activities.Contracts;
using Federation.Communications.Contracts;
using Federation.Membership.Contracts;
using Federation.Studies.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Board.Domain;

/// <summary>
/// Plan targets whose figures another module measures, read through its contract where the association
/// enabled it — never typed in: invited lecturers' gender, course occasions and chairs and group leaders trained
/// (studies), media appearances, newsletters, SMS and printed letters and who is seen in the media (communications),
/// members a call reached in the year and new members contacted, welcomed and told of courses (membership),
/// associations with regular activity in priority areas and who joined the activist network (activities). Where the module is off, the target stays manual.
/// </summary>
internal sealed class MeasuredElsewhere(IServiceProvider services)
{
    /// <summary>
    /// Counted subjects over the plan's years (each year as one amount on its first day) and the shares of
    /// <paramref name="year"/> in percent, or as of <paramref name="asOf"/> for who holds a role (null: nothing to measure
    /// yet). Each module is asked once per year; what reads every association is asked only when the plan has a target on it.
    /// </summary>
    public async Task<(Dictionary<string, IReadOnlyList<(DateOnly On, decimal Amount)>> Counts, Dictionary<string, decimal?> Shares)> Read(
        int firstYear, int lastYear, int year, DateOnly asOf, IReadOnlySet<string> subjects, CancellationToken ct)
    {
        var counts = new Dictionary<string, IReadOnlyList<(DateOnly, decimal)>>();
        var shares = new Dictionary<string, decimal?>();
        var years = Enumerable.Range(firstYear, lastYear - firstYear + 1).ToList();
        if (services.GetService<IStudyStatistics>() is { } studies)
        {
            counts["course:feminist-self-defence"] = await PerYear(years, y => studies.Occasions(CourseKinds.SelfDefence, y, ct));
            counts["course:men-breaking-patriarchal-structures"] = await PerYear(years, y => studies.Occasions(CourseKinds.MensGroup, y, ct));
            shares["women-lecturers"] = Percent((await studies.InvitedLecturers(year, ct)).Women);
            if (subjects.Contains(ChairsTrained)) shares[ChairsTrained] = Percent((await studies.Trained(ChairsTrained, asOf, ct)).Share);
        }
        if (services.GetService<IMembershipStatistics>() is { } membership)
        {
            shares["members-called"] = Percent((await membership.Called(year, ct)).Share);
            foreach (var (subject, step) in OnboardingSteps) shares[subject] = Percent((await membership.Onboarded(year, step, ct)).Share);
        }
        if (services.GetService<ICommunicationStatistics>() is { } communications)
        {
            var events = await communications.Between(new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31), ct);
            foreach (var kind in CommunicationCounts)
                counts[kind] = [.. events.Where(e => e.Kind == kind).Select(e => (e.On, 1m))];
            shares["women-in-external-communication"] = Percent((await communications.Media(year, ct)).WomenShare);
            shares["member-meetings-with-sms"] = Percent(await communications.MemberMeetingsWithSms(year, ct));
        }
        if (subjects.Contains(ActivistNetworkJoined) && services.GetService<IActivistNetwork>() is { } network)
            counts[ActivistNetworkJoined] = [.. (await network.Joined(new DateOnly(firstYear, 1, 1), new DateOnly(lastYear, 12, 31), ct)).Select(d => (d, 1m))];
        if (subjects.Contains(PriorityAreas) && services.GetService<IActivityStatistics>() is { } activities)
            shares[PriorityAreas] = Percent((await activities.RegularInPriorityAreas(year, ct)).Share);
        return (counts, shares);
    }

    /// <summary>People who joined the district's activist network (activities), each on the day they joined.</summary>
    public const string ActivistNetworkJoined = "activist-network-joined";

    /// <summary>The district's required training of chairs and group leaders: the plan subject is the requirement's id (seed 003).</summary>
    public const string ChairsTrained = "chairs-leadership-training";

    /// <summary>"minst hälften av geografiska såväl som branschföreningar har regelbundna aktiviteter i områden som partiföreningarna prioriterat" (seed 003).</summary>
    public const string PriorityAreas = "associations-active-in-priority-areas";

    /// <summary>Plan subjects counted from what communications sent and logged, each on its day.</summary>
    public static readonly string[] CommunicationCounts =
    [
        CommunicationEvents.NewsletterIssue, CommunicationEvents.SmsSend, CommunicationEvents.PrintedLetter,
        CommunicationEvents.LocalMedia, CommunicationEvents.RegionalOrTradePress,
    ];

    /// <summary>Plan subjects computed from a step of the onboarding checklist (the steps' ids in the plugins' checklists).</summary>
    private static readonly (string Subject, string Step)[] OnboardingSteps =
        [("new-members-contacted", "first-contact"), ("new-members-welcomed", "welcome-letter"), ("new-members-informed-of-district-courses", "course-tip")];

    private static async Task<IReadOnlyList<(DateOnly, decimal)>> PerYear(List<int> years, Func<int, Task<int>> count)
    {
        var list = new List<(DateOnly, decimal)>();
        foreach (var year in years) list.Add((new DateOnly(year, 1, 1), await count(year)));
        return list;
    }

    private static decimal? Percent(double? share) => share is { } s ? Math.Round((decimal)s * 100, 1) : null;
}
