namespace Federation.Platform.Web;

/// <summary>The UI names of the board functions (funktionsansvar); unknown ids show as they are.</summary>
public static class BoardFunctionNames
{
    private static readonly Dictionary<string, LocalizedText> Names = new()
    {
        [BoardFunctions.Chair] = new("Ordförande", "Chair"),
        [BoardFunctions.ViceChair] = new("Vice ordförande", "Vice chair"),
        [BoardFunctions.Treasurer] = new("Kassör", "Treasurer"),
        [BoardFunctions.Secretary] = new("Sekreterare", "Secretary"),
        [BoardFunctions.MemberOfficer] = new("Medlemsansvarig", "Member officer"),
        [BoardFunctions.InternalFeministOfficer] = new("Internfeministiskt ansvarig", "Internal-feminist officer"),
        [BoardFunctions.AntiracistOfficer] = new("Antirasistiskt ansvarig", "Antiracist officer"),
        [BoardFunctions.GroupLeader] = new("Gruppledare", "Group leader"),
    };

    public static string Name(string id) => Names.TryGetValue(id, out var name) ? name.ToString() : id;
}
