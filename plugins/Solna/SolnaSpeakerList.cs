using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Seed 002_3e40c140761c4aa3.txt (2024), "Internfeminism": "Jämn könsfördelning av talare och talartid på interna
/// möten." Solna's means to it at every meeting: those who have not spoken yet go first, and the list alternates
/// so that every other speech goes to a woman or non-binary person when one is waiting.
/// </summary>
public sealed class SolnaSpeakerList : ISpeakerListRule
{
    public SpeakerListOrder Order(string meetingType, int year) =>
        year >= 2024 ? new(FirstTimeSpeakersFirst: true, AlternateWomenAndNonBinary: true) : SpeakerListOrder.Default;
}
