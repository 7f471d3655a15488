namespace Federation.Communications.Contracts;

/// <summary>
/// A message to a member was accepted by the mail server (or the SMS gateway): the member has been
/// contacted for <see cref="Purpose"/> (one of <see cref="ContactPurposes"/>). Membership ticks its
/// onboarding steps from this, never from the request to contact.
/// </summary>
public sealed record MemberContacted(string AssociationId, Guid MemberId, string Purpose, string Channel, DateTimeOffset At) : IIntegrationEvent;

/// <summary>Why a member was contacted.</summary>
public static class ContactPurposes
{
    public const string Welcome = "welcome";
    public const string CourseTip = "course-tip";
    public const string CourseConfirmation = "course-confirmation";
    public const string ActivityReminder = "activity-reminder";
    public const string ActivityNotice = "activity-notice";
    public const string Newsletter = "newsletter";
    public const string Sms = "sms";

    /// <summary>Messages to one member about them (not newsletters or mass SMS): these publish <see cref="MemberContacted"/>.</summary>
    public static bool Personal(string purpose) => purpose is not (Newsletter or Sms);
}
