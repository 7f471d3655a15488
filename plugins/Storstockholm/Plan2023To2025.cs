using Federation.Extensions;

namespace Federation.Plugins.Storstockholm;

/// <summary>
/// The district's activity plan 2023–2025, from seed 003_add3bdb3394f93c0.txt. Its "Verksamhetsmål" are
/// grouped under "Kunskapsutveckla", "Stötta", "Kommunicera" and "Aktivera", followed by "Ett distrikt som
/// håller ihop" with its own "Därför ska vi" list; those five are the pillars. Goals quote the plan
/// (shortened). Where the plan names a number without a period, a count runs over the whole plan; a share
/// of something judged yearly (a fund, regular activity) is measured per year.
/// </summary>
public sealed class Plan2023To2025 : IActivityPlanTemplate
{
    public int FirstYear => 2023;

    public int LastYear => 2025;

    public string Title => "Verksamhetsplan 2023–2025: Tillsammans är vi starkare";

    public IReadOnlyList<PillarTemplate> Pillars { get; } =
    [
        new("Kunskapsutveckla",
        [
            new("Ta fram en utbildningsstrategi och utbildningsplan för distriktet. Målsättningen är att alla våra föreningsordföranden och gruppledare ska ha gått ledarskapsutbildningen.",
            [
                new("Alla föreningsordföranden och gruppledare har gått ledarskapsutbildningen", TargetKind.Share, 100, TargetPeriod.Plan, "chairs-leadership-training"),
            ]),
            new("Stötta förtroendevalda i att hitta mentorer, till exempel för kvinnor i ledande ställning.",
            [
                // Counted by the board module's mentor requests: the share of the year's requests the district found a mentor for.
                new("Förtroendevalda som ber om en mentor får hjälp att hitta någon", TargetKind.Share, 100, TargetPeriod.Year, "mentor-requests-matched"),
            ]),
            new("Använda ordförande- och gruppledarträffarna för kunskapsdelning, diskussion och förankring av viktiga frågor för partiet.", []),
            new("Tillhandahålla utbildningar för parlamentariker, förtroendevalda och aktivister.", []),
            new("Arrangera Sommarvänsterns läger.", []),
            new("Utveckla vårt internfeministiska och antirasistiska arbete. Målsättningen är att alla partiföreningar och kommunala grupper ska ha en internfeministiskt ansvarig och en internt antirasistisk ansvarig.",
            [
                new("Alla partiföreningar och kommunala grupper har en internfeministiskt ansvarig", TargetKind.Share, 100, TargetPeriod.Plan, "associations-with-internal-feminist-officer"),
                new("Alla partiföreningar och kommunala grupper har en internt antirasistisk ansvarig", TargetKind.Share, 100, TargetPeriod.Plan, "associations-with-antiracist-officer"),
            ]),
            new("Arbetet med att ta fram en antirasistisk handbok ska slutföras.",
            [
                new("Den antirasistiska handboken är klar", TargetKind.Manual, 1, TargetPeriod.Plan, "antiracist-handbook"),
            ]),
            new("Utveckla utskottens roll som kunskapsförmedlare inom respektive idé och sakpolitiskt ämnesområde.", []),
            new("Starta ett nätverk eller utskott för att stötta partiföreningarnas organiseringsarbete med hjälp av Zetkin.", []),
        ]),
        new("Stötta",
        [
            new("Verka för att fler partiföreningar har egna lokaler som möter deras uppfattade behov.", []),
            new("Verka för att minst hälften av geografiska såväl som branschföreningar har regelbundna aktiviteter i områden som partiföreningarna prioriterat.",
            [
                new("Minst hälften av föreningarna har regelbundna aktiviteter i prioriterade områden", TargetKind.Share, 50, TargetPeriod.Year, "associations-active-in-priority-areas"),
            ]),
            new("Underlätta samarbete mellan geografiska partiföreningar, branschföreningar, nätverk och utskott för att genomföra utåtriktade arrangemang.", []),
            new("Stärk distriktets utskott för internfeminism, antirasism, välfärd, miljö- och klimatrörelse, fackliga frågor, bostadsaktivism och internationell solidaritet.", []),
            new("Vi ska erbjuda minst två tillfällen för icke-binära och kvinnor i distriktet att prova på feministiskt självförsvar.",
            [
                // The plan gives no period here (unlike the next goal's "per år"): two over the plan.
                new("Minst två tillfällen i feministiskt självförsvar", TargetKind.ActivityCount, 2, TargetPeriod.Plan, "course:feminist-self-defence"),
            ]),
            new("Vi ska erbjuda tillfällen för män att lära sig att bryta ner patriarkala strukturer och främja en feministisk kamp minst två gånger per år.",
            [
                new("Minst två tillfällen per år för män om patriarkala strukturer", TargetKind.ActivityCount, 2, TargetPeriod.Year, "course:men-breaking-patriarchal-structures"),
            ]),
            new("Vi ska stötta organisationer och föreningar som arbetar med intersektionell feminism.", []),
            new("Stärka distriktets och partiföreningarnas samarbete med Ung Vänster.", []),
        ]),
        new("Kommunicera",
        [
            new("Se över våra kommunikationskanaler till medlemmar och åtgärda om medlemmar inte når av mejl eller distriktet inte går att nå via mejl/telefon.", []),
            new("Distriktsexpeditionen ska organiseras så att partiföreningarna ska kunna vänta skyndsam återkoppling och svar på frågor.", []),
            new("Se över hur vi på distriktsnivå kan använda Zetkin i större utsträckning, till exempel vid anmälningar till aktiviteter.", []),
            new("Öka DS-ledamöters möjligheter att utgöra en närvarande politisk ledning i kontakt med och tillgänglig för partiföreningarna.", []),
        ]),
        new("Aktivera",
        [
            new("Återupprätta aktivistnätverket eller liknande forum.",
            [
                // Counted by the activities module's network: re-established once people have joined; the plan shows how many.
                new("Aktivistnätverket är återupprättat: medlemmar har gått med", TargetKind.ActivityCount, 1, TargetPeriod.Plan, "activist-network-joined"),
            ]),
            new("Kartlägga potentiella samarbeten och upprätta kontaktvägar till progressiva sociala rörelser, rörelsejurister och andra.", []),
            new("Utveckla hur och med vilka rutiner och villkor distriktet materiellt kan stötta sociala rörelser och aktioner.", []),
        ]),
        new("Ett distrikt som håller ihop",
        [
            new("Stärka aktivitetsfonden och rikta 50% av den till prioriterade områden.",
            [
                new("Hälften av aktivitetsfonden går till prioriterade områden", TargetKind.Share, 50, TargetPeriod.Year, "activity-fund-priority-areas"),
            ]),
            new("Tillsammans med partiföreningar som omfattar glesbygdsområden ta fram en strategi för att växa utanför huvudorterna.",
            [
                new("En strategi för att växa utanför huvudorterna", TargetKind.Manual, 1, TargetPeriod.Plan, "rural-growth-strategy"),
            ]),
            new("Ge distriktsstyrelsen i uppdrag att se över hur våra kanslier kan bli mer sammanhållna.", []),
            // "Till dessa hör 8 mars, 1 maj, deltagande i Stockholm Pride ... förutsatt att de arrangeras":
            // conditional, so listed without a count.
            new("Distriktsövergripande aktiviteter: 8 mars, 1 maj, Stockholm Pride, internationella funktionshinderdagen, minnesdagen för slaveriets avskaffande, Feministiskt forum, Järvaveckan, Socialistiskt forum och EU-valet 2024.", []),
        ]),
    ];
}
