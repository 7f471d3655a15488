using Federation.Platform.Web;

namespace Federation.Board.Pages;

/// <summary>The UI names of meeting kinds and contribution types.</summary>
internal static class MeetingNames
{
    public static string Kind(string kind) => kind switch
    {
        ActivityTypes.BoardMeeting => Text.T("Styrelsemöte", "Board meeting"),
        ActivityTypes.MemberMeeting => Text.T("Medlemsmöte", "Member meeting"),
        ActivityTypes.GeneralMeeting => Text.T("Stormöte", "General meeting"),
        ActivityTypes.AnnualMeeting => Text.T("Årsmöte", "Annual meeting"),
        _ => kind,
    };

    public static string Contribution(string type) => type switch
    {
        Domain.Contribution.Reply => Text.T("Replik", "Reply"),
        Domain.Contribution.PointOfOrder => Text.T("Ordningsfråga", "Point of order"),
        _ => Text.T("Inlägg", "Speech"),
    };

    public static string Duration(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
