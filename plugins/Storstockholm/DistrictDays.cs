using Federation.Extensions;

namespace Federation.Plugins.Storstockholm;

/// <summary>
/// The district-wide days the district arranges or joins, each on its real date. Seed 003 (2023–2025) and
/// seed 004 (2025–2027) name the days, not their dates; a year both plans cover (2025) takes the union.
/// Days organised by others ("förutsatt att de arrangeras") are conditional, and the forums, whose dates
/// their organisers set each year, match a district activity with the forum's name in its title that year.
/// </summary>
public sealed class DistrictDays : IExpectedActivities
{
    private const string Seed003 = "003_add3bdb3394f93c0.txt";
    private const string Seed004 = "004_ed046f0af08df93d.txt";

    private static readonly SeedQuote List003 = new(Seed003, "Vissa aktiviteter är distriktsövergripande och arrangeras bäst på distriktsnivå. Till dessa hör 8 mars, 1 maj, deltagande i Stockholm Pride, uppmärksammande av internationella funktionshinderdagen, internationella dagen till minne för slaveriet och dess avskaffande samt deltagande i Feministiskt forum, Järvaveckan och Socialistiskt forum, förutsatt att de arrangeras. Härtill kommer för denna verksamhetsperiod EU-valet i juni 2024.");
    private static readonly SeedQuote List004 = new(Seed004, "Till dessa hör 1 Maj, 8 mars, deltagande i Stockholm Pride, uppmärksammande av internationella funktionshinderdagen, internationella palestinadagen, internationella och svenska dagarna till minne av slaveriet och dess avskaffande, minnesdag för Novemberpogromen samt deltagande i Socialistiskt forum, förutsatt att de arrangeras. Härtill kommer, för denna verksamhetsperiod, det allmänna valet i september 2026");

    public IReadOnlyList<ExpectedActivity> In(int year)
    {
        var in003 = year is >= 2023 and <= 2025;
        var in004 = year is >= 2025 and <= 2027;
        if (!in003 && !in004) return [];
        var source = in004 ? List004 : List003;
        var days = new List<ExpectedActivity>
        {
            Day("8-mars", new("Internationella kvinnodagen 8 mars", "International Women's Day"), source, new(year, 3, 8)),
            Day("1-maj", new("Första maj", "May Day"), source, new(year, 5, 1)),
            Pride(year, source),
            Day("funktionshinderdagen", new("Internationella funktionshinderdagen", "International Day of Persons with Disabilities"), source, new(year, 12, 3)),
            // UNESCO's day for the remembrance of the slave trade and its abolition.
            Day("slaveriet-internationell", new("Internationella dagen till minne av slaveriet och dess avskaffande", "International day for the remembrance of slavery and its abolition"), source, new(year, 8, 23)),
            Forum("socialistiskt-forum", "Socialistiskt forum", "Socialist Forum", year, source),
        };
        if (in003)
        {
            days.Add(Forum("feministiskt-forum", "Feministiskt forum", "Feminist Forum", year, List003));
            days.Add(Forum("jarvaveckan", "Järvaveckan", "Järva Week", year, List003));
            if (year == 2024) days.Add(Day("eu-valet", new("EU-valet", "European Parliament election"), List003, new(2024, 6, 9)));
        }
        if (in004)
        {
            days.Add(Day("palestinadagen", new("Internationella palestinadagen", "International Day of Solidarity with the Palestinian People"), List004, new(year, 11, 29)));
            // Sweden abolished slavery on Saint-Barthélemy on 9 October 1847.
            days.Add(Day("slaveriet-svensk", new("Svenska dagen till minne av slaveriets avskaffande", "Swedish day for the remembrance of the abolition of slavery"), List004, new(year, 10, 9)));
            days.Add(Day("novemberpogromen", new("Minnesdag för Novemberpogromen", "Remembrance of the November pogrom"), List004, new(year, 11, 9)));
            if (year == 2026) days.Add(Day("allmanna-valet", new("Allmänna valet", "General election"), List004, new(2026, 9, 13)));
        }
        return days.OrderBy(d => d.From).ToList();
    }

    /// <summary>The Pride parade is on the first Saturday of August; Pride week runs Monday to Sunday around it.</summary>
    public static (DateOnly Monday, DateOnly Sunday) PrideWeek(int year)
    {
        var first = new DateOnly(year, 8, 1);
        var parade = first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
        return (parade.AddDays(-5), parade.AddDays(1));
    }

    private static ExpectedActivity Pride(int year, SeedQuote source)
    {
        var (monday, sunday) = PrideWeek(year);
        return new("stockholm-pride", new("Stockholm Pride", "Stockholm Pride"), source, monday, sunday, ActivityTypes.DistrictEvent);
    }

    private static ExpectedActivity Day(string id, LocalizedText name, SeedQuote source, DateOnly date) =>
        new(id, name, source, date, date, ActivityTypes.DistrictEvent);

    private static ExpectedActivity Forum(string id, string sv, string en, int year, SeedQuote source) =>
        new(id, new(sv, en), source, new(year, 1, 1), new(year, 12, 31), TitleContains: sv, Conditional: true);
}
