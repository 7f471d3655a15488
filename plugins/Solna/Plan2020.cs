using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Solna's activity plan 2020, from seed 000_b4b723193304cf5f.txt: "Vår verksamhetsplan bygger på tre
/// pelare: intern organisering, utåtriktat arbete och vår politik." Goals are the plan's numbered
/// "Målsättningar", quoted (shortened); a goal without a number or a countable "alla" has no target.
/// </summary>
public sealed class Plan2020 : IActivityPlanTemplate
{
    public int FirstYear => 2020;

    public int LastYear => 2020;

    public string Title => "Verksamhetsplan 2020: Ett solidariskt och hållbart Solna";

    public IReadOnlyList<PillarTemplate> Pillars { get; } =
    [
        new("Intern organisering",
        [
            // Medlemsvård
            new("Ringa till alla våra medlemmar under året.",
            [
                new("Alla medlemmar har blivit uppringda under året", TargetKind.Share, 100, TargetPeriod.Year, "members-called"),
            ]),
            new("Nya medlemmar ska lätt komma in och bli aktiva.",
            [
                // "Skicka ut välkomstbrev till nya medlemmar.": the onboarding checklist's welcome-letter step, ticked when the letter is sent.
                new("Alla nya medlemmar har fått välkomstbrev", TargetKind.Share, 100, TargetPeriod.Year, "new-members-welcomed"),
            ]),
            new("Styrelsen ska verka för att medlemmarna lär känna varandra och att alla känner sig välkomna och trivs i föreningen.", []),
            new("Arrangera minst en social aktivitet utöver Syninge för våra medlemmar under verksamhetsåret.",
            [
                // Syninge is itself a social activity, so "en utöver Syninge" means at least two in all. Vänsterpizza is a
                // goal of its own below and does not count here, or pizza alone would meet this goal.
                new("Minst två sociala aktiviteter, Syninge inräknat", TargetKind.ActivityCount, 2, TargetPeriod.Year, ActivityTypes.Social,
                    ExceptRule: VansterpizzaRule.RuleId),
            ]),
            new("Arrangera Vänsterpizza sista torsdagen varje månad.",
            [
                new("Vänsterpizza varje månad", TargetKind.ActivityCount, 1, TargetPeriod.Month, "rule:" + VansterpizzaRule.RuleId),
            ]),
            // Förtroendevalda
            new("Alla förtroendevalda ska utvecklas i sin roll mot individuella mål.", []),
            new("Alla förtroendevalda ska ha kunskap om sitt uppdrag och de förväntningarna som kommer med detta uppdrag.",
            [
                // "Gruppledare träffar alla nya förtroendevalda för introduktionssamtal": counted by the board's introduction talks held.
                new("Gruppledare träffar alla nya förtroendevalda för introduktionssamtal", TargetKind.Share, 100, TargetPeriod.Year, "new-officials-introduced"),
            ]),
            new("Alla förtroendevalda ska känna till vilket stöd som finns att få av gruppledare och politisk sekreterare.", []),
            new("Alla förtroendevalda ska känna till den kommunala gruppens arbetsordning.",
            [
                // Counted by the board's municipal groups: told of the current rules (told before a later change is not told).
                new("Alla förtroendevalda känner till den kommunala gruppens arbetsordning", TargetKind.Share, 100, TargetPeriod.Year, "officials-informed-of-rules-of-procedure"),
            ]),
            new("Alla fullmäktigeledamöter ska känna sig trygga i talarstolen.", []),
            new("Alla förtroendevalda ska vara bekanta med mötesformalia och få testa på de roterande uppdragen.", []),
            new("Alla förtroendevalda ska ha den nödvändiga kompetensen för att självständigt kunna skriva initiativ.",
            [
                // "Kommunala gruppen har möten med tema initiativskrivande varje termin." / "Arrangera ett
                // initiativskrivartillfälle per termin med kommunala gruppen.": the group's meetings with that theme, each semester.
                new("Kommunala gruppen har möten med tema initiativskrivande varje termin", TargetKind.ActivityCount, 1, TargetPeriod.Semester, "municipal-group-meetings:initiative-writing"),
            ]),
            // Möten och intern kommunikation
            new("Informera våra medlemmar om våra aktiviteter kontinuerligt och på flera olika sätt.",
            [
                // "Skicka ut medlemsblad ca en gång i månaden via mejl." / "Skicka sms för vissa större aktiviteter och
                // medlemsmöten.": counted by communications (newsletter issues sent; member meetings with SMS before them).
                new("Ett medlemsblad via mejl i månaden", TargetKind.ActivityCount, 1, TargetPeriod.Month, "newsletter-issue"),
                new("Sms inför medlemsmötena", TargetKind.Share, 100, TargetPeriod.Year, "member-meetings-with-sms"),
            ]),
            new("Hålla medlemsmöten minst tre gånger per termin med intressant och relevant innehåll.",
            [
                new("Minst tre medlemsmöten per termin", TargetKind.ActivityCount, 3, TargetPeriod.Semester, ActivityTypes.MemberMeeting),
            ]),
            // Internfeminism
            new("Bygga kvinnliga auktoriteter.", []),
            new("Arbeta aktivt emot härskartekniker.", []),
            new("Minst hälften av våra inbjudna föreläsare ska vara kvinnor.",
            [
                new("Minst hälften av de inbjudna föreläsarna är kvinnor", TargetKind.Share, 50, TargetPeriod.Year, "women-lecturers"),
            ]),
            new("Minst hälften av våra förtroendevalda ska vara kvinnor.",
            [
                new("Minst hälften av de förtroendevalda är kvinnor", TargetKind.Share, 50, TargetPeriod.Year, "women-elected-officials"),
            ]),
            new("Minst hälften som är med i vår utåtriktade kommunikation ska vara kvinnor.",
            [
                new("Minst hälften av dem som syns i kommunikationen är kvinnor", TargetKind.Share, 50, TargetPeriod.Year, "women-in-external-communication"),
            ]),
            new("Jämn könsfördelning av talare och talartid på interna möten.",
            [
                // "Jämn" is a band both ways (SolnaEvenGenderBand), not "at least half": 74/26 is not even.
                new("Jämn könsfördelning bland talarna", TargetKind.Even, 50, TargetPeriod.Year, "women-speakers"),
                new("Jämn könsfördelning av talartiden", TargetKind.Even, 50, TargetPeriod.Year, "women-speaking-time"),
            ]),
            new("Arbeta aktivt mot en könsstereotyp uppdelning på förtroendeuppdrag, ansvarsområden och sysslor i föreningen.", []),
            new("Göra det möjligt att kombinera politiskt arbete och familjeliv.", []),
            new("Regelbundet informera om vårt internfeministiska arbete.", []),
            // Antirasism
            new("Alla medlemmar ska bekanta sig med vår analys av rasism och partiets antirasistiska politik/strategi.", []),
            new("Vår antirasistiska analys ska synas utåt: på hemsidan, flygbladsutdelningar, sociala medier och i parlamentariska initiativ.", []),
            new("Komplettera vår analys av Solna med ett antirasistiskt perspektiv.", []),
            new("Arbeta för att öka andelen personer med olika etniska bakgrunder som tar politiska uppdrag.", []),
            // Studier
            new("Informera alla nya medlemmar om distriktets helgkurs och kortkurser för nya medlemmar.",
            [
                new("Alla nya medlemmar har informerats om distriktets kurser", TargetKind.Share, 100, TargetPeriod.Year, "new-members-informed-of-district-courses"),
            ]),
            new("Arrangera studier i egen regi eller i samarbete med ex. vis. ABF, distriktet, Sundbyberg.", []),
            new("Medlemmarna ska ha god kunskap om de kampanjfrågor vi driver.", []),
            new("Medlemmarna ska få kunskap om aktuella politiska frågor i kommunen.", []),
        ]),
        new("Utåtriktat arbete",
        [
            // Kampanjarbete. A campaign spans many activities, so it is counted by hand.
            new("Minst två kampanjer under året, varav den ena är budgetkampanj.",
            [
                new("Minst två kampanjer", TargetKind.Manual, 2, TargetPeriod.Year, "campaigns"),
                new("En budgetkampanj", TargetKind.Manual, 1, TargetPeriod.Year, "budget-campaign"),
            ]),
            new("Våra medlemmar ska delta i det utåtriktade kampanjarbetet.", []),
            new("Arrangera regelbundna flygbladsutdelningar/kampanjaktiviteter under året.", []),
            new("Vara snabba på att agera när oväntade saker händer.", []),
            new("Det ska vara möjligt för sympatisörer att vara aktiva och få information.", []),
            // Företrädande
            new("Utveckla samarbetet med Vänsterpartiet Sundbyberg och andra partiföreningar.", []),
            new("Våra förtroendevalda ska synas i stadens verksamheter, debatter och andra evenemang.", []),
            new("Bygga upp och upprätthålla goda relationer med lokala ideella föreningar, verksamheter, organisationer och fackförbund.", []),
            new("Medborgare ska kunna nå oss på ett enkelt sätt.", []),
            // Utåtriktat arbete (communication). Media appearances are counted from communications' media log.
            new("Synas i lokalmedia genom artiklar eller insändare i genomsnitt fyra gånger per månad.",
            [
                // An average is judged over the year: 4 × 12.
                new("I genomsnitt fyra gånger per månad i lokalmedia", TargetKind.ActivityCount, 48, TargetPeriod.Year, "media:local"),
            ]),
            new("Synas i regionmedia och fackpress minst två gånger under året.",
            [
                new("Minst två gånger i regionmedia och fackpress", TargetKind.ActivityCount, 2, TargetPeriod.Year, "media:regional-and-trade-press"),
            ]),
            new("Öka följarantal och räckvidd i våra sociala medier.", []),
            new("Följa målsättningarna som specificeras i kommunikationsplanen.", []),
            new("Lyfta fram våra medlemmar kontinuerligt i kommunikationen för att bredda representationen.", []),
        ]),
        new("Vår politik",
        [
            // Politikutveckling
            new("En kommunal skuggbudget med fullt finansierade förslag.",
            [
                new("En skuggbudget", TargetKind.Manual, 1, TargetPeriod.Year, "shadow-budget"),
            ]),
            new("Få en bättre förståelse för stadens verksamheter genom regelbundna studiebesök och träffar.", []),
            new("Hitta en form för politisk diskussion med syftet att utveckla vår politik.", []),
            new("Alla våra förtroendevalda ska bidra med egna initiativ i kommunfullmäktige, nämnder och råd.", []),
        ]),
    ];
}
