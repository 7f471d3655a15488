using Federation.Extensions;

namespace Federation.Plugins.AlvsjoHagersten;

/// <summary>
/// Seed 001_6e59b092f880c3c9.txt, "Jul- och sommarfester": a summer party in May or June if members want
/// one, and a Christmas activity in December. The 2018 plan is the latest the association has, so it holds
/// from 2018 on.
/// </summary>
public sealed class PartiesOfTheYear : IExpectedActivities
{
    private const string Seed = "001_6e59b092f880c3c9.txt";

    public IReadOnlyList<ExpectedActivity> In(int year) => year < 2018 ? [] :
    [
        new("sommarfest", new("Sommarfest i maj eller juni", "Summer party in May or June"),
            new(Seed, "En sommarfest i maj eller juni anordnas under förutsättning att intresse finns, och att medlemmar utanför styrelsen kan vara med och arrangera."),
            new(year, 5, 1), new(year, 6, 30), ActivityTypes.Social, Conditional: true),
        new("julaktivitet", new("Julaktivitet i december", "Christmas activity in December"),
            new(Seed, "Under december månad anordnas en julaktivitet."),
            new(year, 12, 1), new(year, 12, 31), TitleContains: "jul"),
    ];
}
