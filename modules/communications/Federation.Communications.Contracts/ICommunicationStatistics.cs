namespace Federation.Communications.Contracts;

/// <summary>
/// The current association's communication in one calendar year, for the activity plan's targets
/// (Solna 2020/2024: 48 and 40 appearances in local media, 2 and 6 in regional media or trade press,
/// at least 50 % women in outward communication) and the annual report. Resolve it optionally.
/// </summary>
public interface ICommunicationStatistics
{
    Task<MediaYear> Media(int year, CancellationToken cancellationToken = default);

    Task<CommunicationYear> Year(int year, CancellationToken cancellationToken = default);
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
