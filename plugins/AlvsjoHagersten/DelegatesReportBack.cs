using Federation.Extensions;

namespace Federation.Plugins.AlvsjoHagersten;

/// <summary>
/// Seed 001_6e59b092f880c3c9.txt, "Representantskapet": "våra ombud under året ska återrapportera till styrelse samt
/// medlemsmöten". Each year a board meeting and a member meeting the board tags as the delegates' report back (a tag,
/// since the report is one item of a meeting and not in its title). One of each is the least the sentence asks.
/// </summary>
public sealed class DelegatesReportBack : IExpectedActivities
{
    public const string Tag = "ombud-aterrapport";

    private static readonly SeedQuote Quote = new("001_6e59b092f880c3c9.txt", "våra ombud under året ska återrapportera till styrelse samt medlemsmöten");
    private static readonly LocalizedText Name = new("Ombudens återrapport från Representantskapet", "The delegates' report back from Representantskapet");

    public IReadOnlyList<ExpectedActivity> In(int year) => year < 2018 ? [] :
    [
        new("ombud-styrelsen", Name, Quote, new(year, 1, 1), new(year, 12, 31), ActivityTypes.BoardMeeting, Tag: Tag),
        new("ombud-medlemsmote", Name, Quote, new(year, 1, 1), new(year, 12, 31), ActivityTypes.MemberMeeting, Tag: Tag),
    ];
}
