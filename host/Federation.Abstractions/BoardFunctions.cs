namespace Federation;

/// <summary>The board function roles named in the seeds (ids; names live in the UI).</summary>
public static class BoardFunctions
{
    public const string Chair = "chair";
    public const string ViceChair = "vice-chair";
    public const string Treasurer = "treasurer";
    public const string Secretary = "secretary";
    public const string MemberOfficer = "member-officer";
    public const string InternalFeministOfficer = "internal-feminist-officer";
    public const string AntiracistOfficer = "antiracist-officer";

    /// <summary>The leader of the party's group in the municipal council (gruppledare), kept with the board roles.</summary>
    public const string GroupLeader = "group-leader";
}
