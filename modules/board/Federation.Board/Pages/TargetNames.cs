using Federation.Extensions;
using Federation.Platform.Web;

namespace Federation.Board.Pages;

/// <summary>The UI names of a plan target's kinds and periods (the forms offer these, never the codes).</summary>
internal static class TargetNames
{
    public static string Kind(TargetKind kind) => kind switch
    {
        TargetKind.ActivityCount => Text.T("Antal aktiviteter", "Activity count"),
        TargetKind.PerPerson => Text.T("Per person", "Per person"),
        TargetKind.Share => Text.T("Andel", "Share"),
        TargetKind.Presence => Text.T("Finns", "Presence"),
        TargetKind.Even => Text.T("Jämn fördelning", "Even distribution"),
        _ => Text.T("För hand", "By hand"),
    };

    public static string Period(TargetPeriod period) => period switch
    {
        TargetPeriod.Month => Text.T("Månad", "Month"),
        TargetPeriod.Semester => Text.T("Termin", "Semester"),
        TargetPeriod.Year => Text.T("År", "Year"),
        _ => Text.T("Hela planperioden", "The whole plan period"),
    };
}
