using Federation.Extensions;

namespace Federation.Plugins.Storstockholm;

/// <summary>
/// The functions the district asks of every association's board. Seed 003_add3bdb3394f93c0.txt:
/// "alla partiföreningar och kommunala grupper ska ha en internfeministiskt ansvarig och en internt
/// antirasistisk ansvarig". Seed 004 continues that work ("det internfeministiska arbetet fortsätta
/// utvecklas", the antirasist handbook) without repealing it, so the rule holds from 2023 on.
/// </summary>
public sealed class DistrictBoardFunctions : IRequiredBoardFunctions
{
    private const int FirstYear = 2023;

    private static readonly IReadOnlyList<string> Officers =
    [
        BoardFunctions.InternalFeministOfficer,
        BoardFunctions.AntiracistOfficer,
    ];

    public IReadOnlyList<string> RequiredFunctions(int year) => year >= FirstYear ? Officers : [];
}
