namespace Federation.Communications.Domain;

/// <summary>The activities counted as member meetings ("medlemsmöten"): member meetings, general meetings and the annual meeting.</summary>
internal static class MemberMeetings
{
    public static readonly string[] Types = [ActivityTypes.MemberMeeting, ActivityTypes.GeneralMeeting, ActivityTypes.AnnualMeeting];
}
