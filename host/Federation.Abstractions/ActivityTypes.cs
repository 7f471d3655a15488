namespace Federation;

/// <summary>The activity types shared by modules and plugins: ids, and their names for any module's lists.</summary>
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

    /// <summary>Every id above, in declaration order, so lists offer them in the same order everywhere.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        MemberMeeting, NewMemberMeeting, BoardMeeting, AnnualMeeting, GeneralMeeting, Social, Leafleting,
        SquareMeeting, DoorKnocking, Postering, PhoneBank, StudyEvening, CampaignEvent, DistrictEvent,
    ];

    public static LocalizedText Name(string type) => type switch
    {
        MemberMeeting => new("Medlemsmöte", "Member meeting"),
        NewMemberMeeting => new("Nya medlemmar-träff", "New-member meeting"),
        BoardMeeting => new("Styrelsemöte", "Board meeting"),
        AnnualMeeting => new("Årsmöte", "Annual meeting"),
        GeneralMeeting => new("Stormöte", "General meeting"),
        Social => new("Social aktivitet", "Social activity"),
        Leafleting => new("Flygbladsutdelning", "Leafleting"),
        SquareMeeting => new("Torgmöte", "Square meeting"),
        DoorKnocking => new("Dörrknackning", "Door-knocking"),
        Postering => new("Affischering", "Postering"),
        PhoneBank => new("Ringkväll", "Phone bank"),
        StudyEvening => new("Studiekväll", "Study evening"),
        CampaignEvent => new("Kampanjaktivitet", "Campaign event"),
        DistrictEvent => new("Distriktsaktivitet", "District event"),
        _ => new(type, type),
    };
}
