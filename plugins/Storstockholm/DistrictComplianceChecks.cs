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
/// Whether the board follows up its plan as often as the association's own plan says (Solna 2024: "Styrelsen
/// följer upp målsättningar minst 2 gånger per år"). A district plan sets no number of its own, so an
/// association whose plan sets none has none due and complies.
/// </summary>
public sealed class FollowUpCheck : IComplianceCheck
{
    public string Id => "follow-up";

    public LocalizedText Name { get; } = new("Uppföljning enligt föreningens plan", "Plan followed up as the association's plan says");

    public bool Complies(BoardWorkFacts facts) => facts.FollowUps >= facts.FollowUpsDueByNow;
}
