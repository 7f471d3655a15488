namespace Federation;

/// <summary>The activity types shared by modules and plugins (ids; names live in the UI).</summary>
public static class ActivityTypes
{
    public const string MemberMeeting = "member-meeting";
    public const string NewMemberMeeting = "new-member-meeting";
    public const string BoardMeeting = "board-meeting";
    public const string AnnualMeeting = "annual-meeting";
    public const string GeneralMeeting = "general-meeting";
    public const string Social = "social";
    public const string Leafleting = "leafleting";
    public const string SquareMeeting = "square-meeting";
    public const string DoorKnocking = "door-knocking";
    public const string Postering = "postering";
    public const string PhoneBank = "phone-bank";
    public const string StudyEvening = "study-evening";
    public const string CampaignEvent = "campaign-event";
    public const string DistrictEvent = "district-event";
}
