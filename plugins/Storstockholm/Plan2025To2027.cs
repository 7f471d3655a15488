using Federation.Extensions;

namespace Federation.Plugins.Storstockholm;

/// <summary>
/// The district's activity plan 2025–2027, from seed 004_ed046f0af08df93d.txt: "Denna verksamhetsplan
/// besvarar istället frågan om hur vi stärker och utvecklar vår organisation under perioden 2025 – 2027."
/// Its sections (VERKSAMHET … VALÅRET 2026) are the pillars; the three priorities it names (lokal närvaro,
/// studier, interndemokrati) run through them rather than structure the text. Goals quote the plan
/// (shortened); a count without a period runs over the whole plan.
/// </summary>
public sealed class Plan2025To2027 : IActivityPlanTemplate
{
    public int FirstYear => 2025;

    public int LastYear => 2027;

    public string Title => "Verksamhetsplan 2025–2027: Vi är vänstervinden";

    /// <summary>The general election of 13 September 2026: targets "inför valet" are due by it, not spread over 2025–2027.</summary>
    private static readonly DateOnly ElectionDay2026 = new(2026, 9, 13);

    public IReadOnlyList<PillarTemplate> Pillars { get; } =
    [
        new("Verksamhet",
        [
            new("Stärka partiföreningarna, säkerställa att ett tillräckligt studieutbud finns för alla medlemmar och samordna distriktet kring gemensamma projekt.", []),
            // "förutsatt att de arrangeras": conditional, so listed without a count.
            new("Distriktsövergripande högtidsdagar och evenemang: 1 Maj, 8 mars, Stockholm Pride, internationella funktionshinderdagen, internationella palestinadagen, dagarna till minne av slaveriet och dess avskaffande, minnesdag för Novemberpogromen och Socialistiskt forum.", []),
            new("Uppmuntra distriktets föreningar att stötta sociala protester, när så är möjligt.", []),
            new("Avsätta utrymme för diskussion och opinionsbildning, kunskap och rörelsebyggande kring internationell solidaritet, antiimperialism och antirasism.", []),
        ]),
        new("Organisation",
        [
            new("Distriktet ska fokusera sitt stöd särskilt till prioriterade stadsdelar och tätorter.", []),
            new("En särskild satsning på förortsorganisering ska utvärderas innan nästa distriktsårskonferens.",
            [
                new("Förortsorganiseringen är utvärderad", TargetKind.Manual, 1, TargetPeriod.Plan, "suburb-organising-evaluation"),
            ]),
            new("Verka för att den framtagna glesbygdsstrategin implementeras av de partiföreningar som berörs.", []),
            new("Distriktsstyrelsens utskott ska ses över och varje utskott bör ha tydliga mål för sin verksamhet.",
            [
                new("Varje utskott har tydliga mål", TargetKind.Share, 100, TargetPeriod.Plan, "committees-with-goals"),
            ]),
            new("Organiseringssatsningen med Zetkin Foundation ska utvärderas och integreras i den befintliga verksamheten.", []),
            new("Inför valet 2026 ska en ny medlemsinventering göras.",
            [
                new("En ny medlemsinventering", TargetKind.Manual, 1, TargetPeriod.Plan, "membership-inventory", ElectionDay2026),
            ]),
            new("Distriktet ska utveckla en digital strategi för att nå ut till en bredare väljarbas.",
            [
                new("En digital strategi", TargetKind.Manual, 1, TargetPeriod.Plan, "digital-strategy"),
            ]),
        ]),
        new("Interndemokrati",
        [
            new("Bjuda in till valkonferenser för fastställande av listor till riksdag, region och Stockholms kommun.",
            [
                new("Valkonferenser för listorna till riksdag, region och Stockholms kommun", TargetKind.Manual, 3, TargetPeriod.Plan, "list-conferences"),
            ]),
            new("Utveckla ordförande- och gruppledarträffarna och ha separata ordförandeträffar.", []),
            new("Förstärka samarbetet mellan distriktets nämnder.", []),
            new("Det internfeministiska arbetet ska fortsätta utvecklas.", []),
            new("Fortsätta arbetet med att implementera den interna antirasistiska handboken.", []),
        ]),
        new("Samarbeten",
        [
            new("Stärka samarbetet med Ung Vänster och distriktets pensionärsklubb.", []),
            new("Upprätta fler kontaktvägar till sociala rörelser och en rutin för hur distriktet kan stötta dem materiellt.", []),
            new("Vänsterpartiet etablerar formella samverkansstrukturer på distrikts- och lokal nivå med relevanta fackförbund.", []),
            new("Hjälpa föreningar och förtroendevalda att knyta kontakt med varandra.", []),
            new("Verka för ett ökat samarbete mellan regionpolitiker och partiföreningar.", []),
            new("Stötta Vänstern i Svenska kyrkan (ViSK) i det stundande kyrkovalet.", []),
        ]),
        new("Studier",
        [
            new("Fortsätta arbetet med vår studiestrategi och utveckla den nya styrelseutbildningen.", []),
            new("Säkerställa att alla medlemmar erbjuds utbildning i ideologi, politik och organisation.",
            [
                new("Alla medlemmar erbjuds utbildning i ideologi, politik och organisation", TargetKind.Share, 100, TargetPeriod.Plan, "members-offered-basic-training"),
            ]),
            new("De som toppar våra vallistor till kommuner och region 2026 ska redan innan valet erbjudas utbildning i retorik och förhandlingsteknik.",
            [
                new("Alla listtoppar erbjuds utbildning i retorik och förhandlingsteknik", TargetKind.Share, 100, TargetPeriod.Plan, "list-toppers-offered-rhetoric-training", ElectionDay2026),
            ]),
            new("Erbjuda minst två tillfällen för icke-binära och kvinnor i distriktet att prova på feministiskt självförsvar.",
            [
                new("Minst två tillfällen i feministiskt självförsvar", TargetKind.ActivityCount, 2, TargetPeriod.Plan, "course:feminist-self-defence"),
            ]),
            new("Erbjuda workshops kring den interna antirasistiska handboken till partiföreningar, styrelser och valberedningar.", []),
        ]),
        new("Stöd",
        [
            new("Aktivitetsfonden fördelar resurser till föreningar efter ekonomisk och organisatorisk förmåga för utåtriktade aktiviteter.", []),
            new("Erbjuda stöd till partilokaler för föreningar som inte kan bära dem helt själva.", []),
            new("Förtroendevalda som önskar en mentor men inte kan rekrytera någon ska få hjälp av distriktet att hitta någon.",
            [
                // Counted by the board module's mentor requests: the share of the year's requests the district found a mentor for.
                new("Förtroendevalda som ber om en mentor får hjälp att hitta någon", TargetKind.Share, 100, TargetPeriod.Year, "mentor-requests-matched"),
            ]),
        ]),
        new("Valåret 2026",
        [
            new("Bygga en gemensam valorganisation med Vänsterpartiet i Stockholms stad samt Region Stockholm.", []),
            new("I regionen är målet att inneha ansvar för två rotlar efter valet 2026.",
            [
                new("Två rotlar i regionen", TargetKind.Manual, 2, TargetPeriod.Plan, "region-portfolios"),
            ]),
            new("Det första steget in i valrörelsen tar vi genom en förvalskampanj.",
            [
                new("En förvalskampanj", TargetKind.Manual, 1, TargetPeriod.Plan, "pre-election-campaign", ElectionDay2026),
            ]),
            new("Organisera en ringcentral för att ringa väljare.",
            [
                new("En ringcentral", TargetKind.ActivityCount, 1, TargetPeriod.Plan, ActivityTypes.PhoneBank),
            ]),
            new("Verka för att fler föreningar använder sig av metoden att knacka dörr.", []),
            new("Verka för en framgångsrik valrörelse på sociala medier.", []),
            new("Det ska finnas en färdig plan för hur partiet efter valdagen hanterar olika valresultat.",
            [
                new("En plan för olika valresultat", TargetKind.Manual, 1, TargetPeriod.Plan, "post-election-plan"),
            ]),
            new("Distriktet ska också anordna träffar för nya medlemmar.", []),
        ]),
    ];
}
