using Federation.Extensions;

namespace Federation.Plugins.Storstockholm;

/// <summary>
/// Seed 003_add3bdb3394f93c0.txt: "Målsättningen är att alla partiföreningar och kommunala grupper ska ha en
/// internfeministiskt ansvarig och en internt antirasistisk ansvarig".
/// </summary>
public sealed class InternalFeministOfficerCheck : IComplianceCheck
{
    public string Id => "internal-feminist-officer";

    public LocalizedText Name { get; } = new("Internfeministiskt ansvarig", "Internal-feminist officer");

    public bool Complies(BoardWorkFacts facts) => facts.FunctionsFilled.Contains(BoardFunctions.InternalFeministOfficer);
}

/// <summary>Seed 003_add3bdb3394f93c0.txt, as above: "... och en internt antirasistisk ansvarig".</summary>
public sealed class AntiracistOfficerCheck : IComplianceCheck
{
    public string Id => "antiracist-officer";

    public LocalizedText Name { get; } = new("Antirasistiskt ansvarig", "Antiracist officer");

    public bool Complies(BoardWorkFacts facts) => facts.FunctionsFilled.Contains(BoardFunctions.AntiracistOfficer);
}

/// <summary>
/// Seed 004_ed046f0af08df93d.txt: "I tillägg till detta vägleder verksamhetsplanen distriktets partiföreningar i
/// sitt arbete" — the district expects each association to plan its year.
/// </summary>
public sealed class ActivityPlanCheck : IComplianceCheck
{
    public string Id => "activity-plan";

    public LocalizedText Name { get; } = new("Verksamhetsplan för året", "Activity plan for the year");

    public bool Complies(BoardWorkFacts facts) => facts.HasPlan;
}

/// <summary>
/// A plan guides only if it is followed up; the association's own rule says how often (Solna 2024: "Styrelsen
/// följer upp målsättningar minst 2 gånger per år"), so the district checks the follow-ups due by now.
/// </summary>
public sealed class FollowUpCheck : IComplianceCheck
{
    public string Id => "follow-up";

    public LocalizedText Name { get; } = new("Uppföljning av planen", "Plan followed up");

    public bool Complies(BoardWorkFacts facts) => facts.FollowUps >= facts.FollowUpsDueByNow;
}

/// <summary>
/// Seed 004_ed046f0af08df93d.txt: "det internfeministiska arbetet fortsätta utvecklas ... alla ska känna sig trygga
/// i vårt parti och kunna delta på lika villkor" — measured by speaker statistics at the meetings held.
/// </summary>
public sealed class SpeakerStatisticsCheck : IComplianceCheck
{
    public string Id => "speaker-statistics";

    public LocalizedText Name { get; } = new("Talarstatistik förs", "Speaker statistics kept");

    public bool Complies(BoardWorkFacts facts) => facts.MeetingsHeld == 0 || facts.MeetingsWithSpeakerStatistics > 0;
}
