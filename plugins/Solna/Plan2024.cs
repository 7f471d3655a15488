using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Solna's activity plan 2024, from seed 002_3e40c140761c4aa3.txt: "Verksamhetsplanen bygger på fyra
/// pelare: Intern organisering, Utåtriktat arbete, Kommunikation och Vår politik." Goals are the plan's
/// numbered "Mål"; targets quote the activity under the goal that carries a number or a countable "alla".
/// </summary>
public sealed class Plan2024 : IActivityPlanTemplate
{
    public int FirstYear => 2024;

    public int LastYear => 2024;

    public string Title => "Verksamhetsplan 2024: Ett solidariskt och hållbart Solna";

    public IReadOnlyList<PillarTemplate> Pillars { get; } =
    [
        new("Intern organisering",
        [
            // Medlemsvård
            new("Säkerställa att nya medlemmar bjuds in till möten och deltagande i aktiviteter.",
            [
                new("Samtliga nya medlemmar kontaktas via telefonsamtal eller sms", TargetKind.Share, 100, TargetPeriod.Year, "new-members-contacted"),
                // "Skicka ut välkomstbrev till nya medlemmar.": the onboarding checklist's welcome-letter step.
                new("Alla nya medlemmar har fått välkomstbrev", TargetKind.Share, 100, TargetPeriod.Year, "new-members-welcomed"),
            ]),
            new("Samtliga medlemmar känner sig välkomna och trivs i föreningen.",
            [
                // Syninge is one of the three, so it counts as a social activity.
                new("Minst tre sociala aktiviteter, varav en är medlemsdagar i Syninge", TargetKind.ActivityCount, 3, TargetPeriod.Year, ActivityTypes.Social),
            ]),
            new("Medlemsmöten har varierat innehåll och är relevanta i relation till medlemmarnas intressen.", []),
            new("Ta tillvara på medlemmarnas kompetens och erfarenheter i föreningens arbete.", []),
            // Kommunalt förtroendevalda
            new("Alla förtroendevalda ska utvecklas i sin roll mot individuella mål.",
            [
                new("Gruppledarna håller årligen utvecklingssamtal med alla förtroendevalda", TargetKind.Share, 100, TargetPeriod.Year, "elected-officials-development-talk"),
            ]),
            new("Alla förtroendevalda ska ha kunskap om sitt uppdrag och vilket stöd man kan få i sin roll.",
            [
                // Counted by the board's introduction talks: booked is enough ("bokas in").
                new("Nya förtroendevalda bokas in på introduktionssamtal med gruppledare", TargetKind.Share, 100, TargetPeriod.Year, "new-officials-booked-for-introduction"),
                // Counted by the board's municipal groups: told of the current rules (told before a later change is not told).
                new("Alla förtroendevalda informeras om den kommunala gruppens arbetsordning", TargetKind.Share, 100, TargetPeriod.Year, "officials-informed-of-rules-of-procedure"),
                new("Stadshuset anordnar årligen minst ett utbildningstillfälle för de förtroendevalda", TargetKind.ActivityCount, 1, TargetPeriod.Year, "course:elected-officials"),
            ]),
            // Styrelsens arbete
            new("Styrelsen ska utöver ordförande samt vice ordförande även innefatta medlemsansvarig, internfeministisk ansvarig samt antirasistisk ansvarig.",
            [
                new("Ordförande", TargetKind.Presence, 1, TargetPeriod.Year, BoardFunctions.Chair),
                new("Vice ordförande", TargetKind.Presence, 1, TargetPeriod.Year, BoardFunctions.ViceChair),
                new("Medlemsansvarig", TargetKind.Presence, 1, TargetPeriod.Year, BoardFunctions.MemberOfficer),
                new("Internfeministisk ansvarig", TargetKind.Presence, 1, TargetPeriod.Year, BoardFunctions.InternalFeministOfficer),
                new("Antirasistisk ansvarig", TargetKind.Presence, 1, TargetPeriod.Year, BoardFunctions.AntiracistOfficer),
            ]),
            new("Styrelseledamöter ska ha möjlighet till den kompetensutveckling som behövs för att kunna bedriva styrelsearbete.", []),
            new("Styrelsen ansvarar för att följa upp föreningens verksamhetsplan.",
            [
                // Counted, not typed in: the board-work module records each follow-up of the plan.
                new("Styrelsen följer upp målsättningar minst 2 gånger per år", TargetKind.ActivityCount, 2, TargetPeriod.Year, "plan-follow-up"),
            ]),
            new("Det ska vara enkelt att ta del av information kring styrelsearbetet.", []),
            // Internfeminism
            new("Arbeta aktivt mot härskartekniker.",
            [
                new("Alla medlemmar erbjuds utbildning i internfeminism", TargetKind.Share, 100, TargetPeriod.Year, "members-offered-internal-feminism-training"),
            ]),
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
                new("Talarstatistik mäts vid samtliga medlemsträffar, stormöten, årsmöte samt styrelsemöten", TargetKind.Share, 100, TargetPeriod.Year, "meetings-with-speaker-statistics"),
            ]),
            new("Arbeta aktivt mot en könsstereotypisk uppdelning på förtroendeuppdrag, ansvarsområden och sysslor i föreningen.", []),
            new("Göra det möjligt att kombinera politiskt engagemang och familjeliv.",
            [
                new("Barnpassning erbjuds vid stormöten, årsmöten samt medlemsträffar", TargetKind.Share, 100, TargetPeriod.Year, "meetings-with-childcare"),
            ]),
            // Its activity "Utse en internfeministiskt ansvarig" is the Presence target under Styrelsens arbete.
            new("Regelbundet informera medlemmar om vårt internfeministiska arbete.", []),
            // Antirasism
            new("Erbjud alla medlemmar utbildning i antirasism.",
            [
                new("Alla medlemmar erbjuds utbildning i antirasism", TargetKind.Share, 100, TargetPeriod.Year, "members-offered-antiracism-training"),
            ]),
            new("Arbeta för att öka andelen personer med olika etniska bakgrunder som har politiska uppdrag.", []),
            // Its activity "Utse en antirasistisk ansvarig i föreningsstyrelsen" is the Presence target above.
            new("Arbeta för att det antirasistiska perspektivet genomsyrar Vänsterpartiet Solnas verksamhet.", []),
            // Studier
            new("Medlemmar ska erbjudas tillfällen för att lära sig mer om Vänsterpartiets politik och ideologiska förankring.", []),
            new("Arrangera studietillfällen med relevant, värdefullt och kunskapsfrämjande innehåll i egen regi eller i samarbete med andra.", []),
        ]),
        new("Utåtriktat arbete",
        [
            // Utåtriktade aktiviteter
            new("Anordna minst 20 flygbladsutdelningar.",
            [
                new("Minst 20 flygbladsutdelningar", TargetKind.ActivityCount, 20, TargetPeriod.Year, ActivityTypes.Leafleting),
            ]),
            new("Anordna minst 10 torgmöten.",
            [
                new("Minst 10 torgmöten", TargetKind.ActivityCount, 10, TargetPeriod.Year, ActivityTypes.SquareMeeting),
            ]),
            new("Använda oss av konceptet Röd lördag.",
            [
                new("Anordna Röd lördag en gång i månaden", TargetKind.ActivityCount, 1, TargetPeriod.Month, "rule:" + RedSaturdayRule.RuleId),
            ]),
            new("Våra medlemmar och förtroendevalda ska delta i våra utåtriktade aktiviteter.",
            [
                // "Förtroendevalda ska minst närvara på två flygbladsutdelningar per termin och ett torgmöte per år."
                new("Varje förtroendevald närvarar på minst två flygbladsutdelningar per termin", TargetKind.PerPerson, 2, TargetPeriod.Semester, ActivityTypes.Leafleting),
                new("Varje förtroendevald närvarar på minst ett torgmöte per år", TargetKind.PerPerson, 1, TargetPeriod.Year, ActivityTypes.SquareMeeting),
            ]),
            new("Vänsterpartiet Solna ska vara snabba på att agera vid plötsliga händelser lokalt och i omvärlden.", []),
            new("Medlemmar ska enkelt kunna hitta information om hur och när de kan delta i våra utåtriktade aktiviteter.", []),
            new("Synas i våra prioriterade områden.", []),
            // EU-valet
            new("Vänsterpartiet Solna ska bedriva en valkampanj inför EU-valet.", []),
            new("Medlemmarna ska erbjudas ökad kunskap om vad Vänsterpartiet vill göra i EU.", []),
            // Företrädande
            new("Utveckla samarbetet med Vänsterpartiet Storstockholms distrikt och andra partiföreningar.", []),
            new("Våra förtroendevalda ska synas i stadens verksamheter.", []),
            new("Våra förtroendevalda ska synas i debatter och närvara vid offentliga evenemang och inbjudningar.", []),
            new("Bygga upp och upprätthålla goda relationer med lokala ideella föreningar, verksamheter, organisationer och fackförbund.", []),
            new("Solnabor ska kunna nå oss på ett enkelt sätt.", []),
        ]),
        new("Kommunikation",
        [
            // Intern kommunikation
            new("Informera våra medlemmar om våra aktiviteter kontinuerligt och på flera olika sätt i god tid.",
            [
                // "Skicka sms inför aktiviteter och medlemsmöten." / "Skicka ut ett fysiskt medlemsblad per termin":
                // counted by communications (member meetings with SMS before them; printed letter runs).
                new("Sms inför medlemsmötena", TargetKind.Share, 100, TargetPeriod.Year, "member-meetings-with-sms"),
                new("Ett fysiskt medlemsblad per termin", TargetKind.ActivityCount, 1, TargetPeriod.Semester, "printed-letter"),
            ]),
            new("Vi ska verka för transparens och insyn i det parlamentariska arbetet lokalt.", []),
            new("Vi ska sprida information om aktiviteter som intresserar våra medlemmar och stärker vänsterrörelsen.", []),
            // Extern kommunikation. Media appearances are counted from communications' media log.
            new("Synas i lokalmedia genom artiklar eller insändare 40 gånger per år.",
            [
                new("40 gånger i lokalmedia", TargetKind.ActivityCount, 40, TargetPeriod.Year, "media:local"),
            ]),
            new("Synas i regionmedia och fackpress minst sex gånger under året.",
            [
                new("Minst sex gånger i regionmedia och fackpress", TargetKind.ActivityCount, 6, TargetPeriod.Year, "media:regional-and-trade-press"),
            ]),
            new("Öka följarantal och räckvidd i våra sociala medier.", []),
            new("Lyfta fram våra medlemmar kontinuerligt i kommunikationen för att bredda representationen.", []),
        ]),
        new("Vår politik",
        [
            // Politikutveckling
            new("Alla våra förtroendevalda ska bidra till att ta fram politiska idéer och medlemmar ska erbjudas möjlighet att göra detsamma.",
            [
                new("Minst ett medlemsmöte inför budgetförhandlingarna om vad vi ska prioritera", TargetKind.Manual, 1, TargetPeriod.Year, "budget-priorities-member-meeting"),
                new("Minst ett möte på hösten om budgetprocessen inför förhandlingarna med Solnakoalitionen", TargetKind.Manual, 1, TargetPeriod.Year, "budget-process-autumn-meeting"),
            ]),
            new("Våra förtroendevalda ska ha en god förståelse för stadens verksamheters behov.", []),
            new("Utveckla former för politisk diskussion i vår partiförening.", []),
        ]),
    ];
}
