using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>The function roles Solna's board must have, by the plan in force for the year.</summary>
public sealed class SolnaBoardFunctions : IRequiredBoardFunctions
{
    // Seed 002_3e40c140761c4aa3.txt (2024): "Styrelsen ska utöver ordförande samt vice ordförande även
    // innefatta följande funktioner; medlemsansvarig, internfeministisk ansvarig samt antirasistisk ansvarig."
    // and "Val av ordförande, kassör samt styrelseledamöter görs i samband med årsmöte": the treasurer too.
    private static readonly IReadOnlyList<string> From2024 =
    [
        BoardFunctions.Chair,
        BoardFunctions.ViceChair,
        BoardFunctions.Treasurer,
        BoardFunctions.MemberOfficer,
        BoardFunctions.InternalFeministOfficer,
        BoardFunctions.AntiracistOfficer,
    ];

    // Seed 000_b4b723193304cf5f.txt (2020): "Utse en internfeministiskt ansvarig i styrelsen",
    // "Utse en antirastistiskt ansvarig i styrelsen". The 2020 plan names no other function but presumes a
    // board, and the association's annual meeting elects its chair ("Val av ordförande ... görs i samband
    // med årsmöte", seed 002) — standing practice, not a 2024 change. No seed covers 2021–2023, so the
    // 2020 plan's rule holds until the 2024 plan replaces it.
    private static readonly IReadOnlyList<string> From2020 =
    [
        BoardFunctions.Chair,
        BoardFunctions.InternalFeministOfficer,
        BoardFunctions.AntiracistOfficer,
    ];

    /// <remarks>Before 2020 no seed says anything, so nothing is required.</remarks>
    public IReadOnlyList<string> RequiredFunctions(int year) => year switch
    {
        >= 2024 => From2024,
        >= 2020 => From2020,
        _ => [],
    };
}
