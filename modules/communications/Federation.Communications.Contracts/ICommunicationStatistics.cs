namespace Federation.Communications.Contracts;

/// <summary>
/// The current association's communication, for the activity plan's targets (Solna 2020/2024: a newsletter
/// by email about once a month, SMS before activities and member meetings, a printed member letter each
/// semester, 48 and 40 appearances in local media, 2 and 6 in regional media or trade press, at least 50 %
/// women in outward communication) and the annual report. Resolve it optionally.
/// </summary>
public interface ICommunicationStatistics
{
    Task<MediaYear> Media(int year, CancellationToken cancellationToken = default);

    Task<CommunicationYear> Year(int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// Each thing that went out or was seen from <paramref name="from"/> to <paramref name="to"/> (inclusive) with its
    /// day, so a target counted per month or semester is judged in each: one <see cref="CommunicationEvent"/> per
    /// newsletter issue, SMS send (to many, or a reminder or notice that went by SMS), printed letter run and media appearance.
    /// </summary>
    Task<IReadOnlyList<CommunicationEvent>> Between(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Of the member meetings in <paramref name="year"/> up to today, the share that had SMS before them: a reminder
    /// or notice about the meeting by SMS, or an SMS send in the seven days before it. Null when there was none.
    /// </summary>
    Task<double?> MemberMeetingsWithSms(int year, CancellationToken cancellationToken = default);
}

/// <summary>
/// Media appearances in a year by kind. <see cref="WomenShare"/> is women among the people featured
/// whose gender category is known (null if nobody was); <see cref="Federation.Gender"/> names the categories.
/// </summary>
public sealed record MediaYear(int Year, int Local, int Regional, int TradePress, int Social, int PeopleFeatured, int Women, double? WomenShare)
{
    public int RegionalOrTradePress => Regional + TradePress;
}

/// <summary>What went out in a year: newsletters and SMS delivered, letters printed, unsubscribes, and the media year.</summary>
public sealed record CommunicationYear(int Year, int NewsletterIssues, int NewsletterMails, int Sms, int LettersPrinted, int Unsubscribes, MediaYear Media);

/// <summary>One issue, send, letter run or appearance on its day (Swedish time); <see cref="Kind"/> is one of <see cref="CommunicationEvents"/>.</summary>
public sealed record CommunicationEvent(DateOnly On, string Kind);

public static class CommunicationEvents
{
    public const string NewsletterIssue = "newsletter-issue";
    public const string SmsSend = "sms-send";
    public const string PrintedLetter = "printed-letter";
    public const string LocalMedia = "media:local";
    public const string RegionalOrTradePress = "media:regional-and-trade-press";
    public const string SocialMedia = "media:social";
}
