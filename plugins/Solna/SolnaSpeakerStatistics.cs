using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Seed 002_3e40c140761c4aa3.txt (2024), "Internfeminism": "Talarstatistik bör mätas vid samtliga
/// medlemsträffar, stormöten, årsmöte samt styrelsemöten."
/// </summary>
public sealed class SolnaSpeakerStatistics : ISpeakerStatisticsRule
{
    private static readonly IReadOnlyList<string> Meetings =
        [ActivityTypes.MemberMeeting, ActivityTypes.GeneralMeeting, ActivityTypes.AnnualMeeting, ActivityTypes.BoardMeeting];

    public IReadOnlyList<string> MeetingTypesRequiringStatistics(int year) => year >= 2024 ? Meetings : [];
}
