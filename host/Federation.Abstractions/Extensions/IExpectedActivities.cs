namespace Federation.Extensions;

/// <summary>
/// Activities an association's plan expects at a time of year: the district's district-wide days
/// ("Till dessa hör 8 mars, 1 maj …", seeds 003/004), Älvsjö-Hägersten's summer party and December
/// activity (seed 001), Solna's budget meetings (seed 002). The activities module matches them against
/// the calendar, so the board sees which are planned, held or missing.
/// </summary>
public interface IExpectedActivities : IExtensionPoint
{
    /// <summary>What the plan in force expects in <paramref name="year"/>; empty when no plan covers it.</summary>
    IReadOnlyList<ExpectedActivity> In(int year);
}

/// <summary>
/// One expected activity. An activity in the calendar matches when it falls within [<see cref="From"/>,
/// <see cref="To"/>] (local dates, both inclusive), has the <see cref="ActivityType"/> if one is given and
/// the <see cref="TitleContains"/> text (case-insensitive) if one is given. Each calendar activity counts
/// for one expectation only, in the order given. <see cref="Conditional"/> marks a seed's "om intresse
/// finns" / "förutsatt att de arrangeras": missing it is not a failure. <see cref="Tag"/> (contracts 1.5) names a
/// mark the board puts on the activity itself, for a point a title cannot tell reliably — Solna's "medlemsdagar i
/// Syninge" (seed 002): the activity form offers the year's tags, and only an activity carrying it matches.
/// </summary>
public sealed record ExpectedActivity(
    string Id,
    LocalizedText Name,
    SeedQuote Source,
    DateOnly From,
    DateOnly To,
    string? ActivityType = null,
    string? TitleContains = null,
    bool Conditional = false,
    string? Tag = null)
{
    /// <summary>The constructor of contracts 1.4, kept so a plugin built against it still loads.</summary>
    public ExpectedActivity(string Id, LocalizedText Name, SeedQuote Source, DateOnly From, DateOnly To,
        string? ActivityType, string? TitleContains, bool Conditional)
        : this(Id, Name, Source, From, To, ActivityType, TitleContains, Conditional, null)
    {
    }
}

/// <summary>Where a rule comes from: the seed file and its exact words.</summary>
public sealed record SeedQuote(string File, string Quote);
