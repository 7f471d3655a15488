using Federation.Extensions;
using Federation.Platform.Web;

namespace Federation.Board.Domain;

/// <summary>
/// What a target can count, offered as a list so nobody types a code: typing "Flygbladsutdelning" for
/// "leafleting" once counted nothing. Activity types, the plan's own follow-ups, board functions and
/// the measures other modules compute.
/// </summary>
internal static class TargetSubjects
{
    /// <summary>Shares the board computes or reads from another module (see <see cref="PlanService.Facts"/>).</summary>
    public static readonly IReadOnlyList<string> Measured =
    [
        "women-speakers", "women-speaking-time", "meetings-with-speaker-statistics", "women-elected-officials",
        "meetings-with-childcare", "women-lecturers", "women-in-external-communication", "members-called",
        "new-members-contacted", "new-members-welcomed", "new-members-informed-of-district-courses", "member-meetings-with-sms",
        IntroductionMeasures.Booked, IntroductionMeasures.Held, Mentoring.Measure, MunicipalGroups.InformedMeasure,
        MeasuredElsewhere.ChairsTrained, MeasuredElsewhere.PriorityAreas, .. PlanService.OfficersAcrossAssociations.Select(o => o.Subject),
    ];

    /// <summary>Counts another module measures (see <see cref="MeasuredElsewhere"/>).</summary>
    public static readonly IReadOnlyList<string> MeasuredCounts =
    [
        "course:feminist-self-defence", "course:men-breaking-patriarchal-structures", .. MeasuredElsewhere.CommunicationCounts,
        MeasuredElsewhere.ActivistNetworkJoined, MunicipalGroups.InitiativeMeasure,
    ];

    private static readonly IReadOnlyList<string> Functions =
    [
        BoardFunctions.Chair, BoardFunctions.ViceChair, BoardFunctions.Treasurer, BoardFunctions.Secretary,
        BoardFunctions.MemberOfficer, BoardFunctions.InternalFeministOfficer, BoardFunctions.AntiracistOfficer, BoardFunctions.GroupLeader,
    ];

    /// <summary>The subjects that fit a kind of target, with their names; empty where nothing is counted (by hand).</summary>
    public static IReadOnlyList<(string Id, string Name)> For(TargetKind kind) => kind switch
    {
        TargetKind.ActivityCount => [.. ActivityTypes.All.Select(Activity), (ProgressCalculator.PlanFollowUp, Text.T("Uppföljning av planen", "Follow-up of the plan")),
            .. MeasuredCounts.Select(s => (s, s))],
        TargetKind.PerPerson => [.. ActivityTypes.All.Select(Activity)],
        TargetKind.Presence => [.. Functions.Select(f => (f, BoardFunctionNames.Name(f)))],
        TargetKind.Share or TargetKind.Even => [.. Measured.Select(s => (s, s))],
        _ => [],
    };

    /// <summary>Every subject with its kind, for one select grouped by kind.</summary>
    public static IEnumerable<(TargetKind Kind, string Id, string Name)> All() =>
        Enum.GetValues<TargetKind>().SelectMany(k => For(k).Select(s => (k, s.Id, s.Name))).DistinctBy(s => s.Id);

    /// <summary>
    /// The problem with <paramref name="subject"/> for <paramref name="kind"/>, or null. A rule id (<c>rule:</c>) counts the
    /// activities of a recurring series; a share nobody measures is entered by hand and may name anything.
    /// </summary>
    public static string? Problem(TargetKind kind, string? subject)
    {
        if (subject is null || kind is TargetKind.Manual or TargetKind.Share) return null;
        if (kind == TargetKind.ActivityCount && subject.StartsWith(ProgressCalculator.RulePrefix, StringComparison.Ordinal)) return null;
        var known = For(kind);
        return known.Any(s => s.Id == subject) ? null
            : Text.T($"'{subject}' går inte att räkna för den här sortens delmål. Välj i listan: {string.Join(", ", known.Select(s => s.Name))}.",
                $"'{subject}' cannot be counted for this kind of target. Choose from the list: {string.Join(", ", known.Select(s => s.Name))}.");
    }

    private static (string, string) Activity(string type) => (type, ActivityTypes.Name(type).ToString());
}
