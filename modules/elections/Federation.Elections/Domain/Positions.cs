namespace Federation.Elections.Domain;

/// <summary>The positions a meeting elects. Named bodies and lists carry their name after a colon,
/// e.g. "delegates:Representantskapet" — "Vår förening har 2018 fem ombud och fem ersättare där"
/// (seed 001, Älvsjö-Hägersten).</summary>
internal static class Positions
{
    public const string MeetingChair = "meeting-chair";
    public const string Chair = "chair";
    public const string Treasurer = "treasurer";
    public const string Board = "board";
    public const string BoardSubstitutes = "board-substitutes";
    public const string Auditors = "auditors";
    public const string NominationCommittee = "nomination-committee";
    public const string Delegates = "delegates:";
    public const string Substitutes = "substitutes:";
    public const string List = "list:";

    /// <summary>Seats allocated among lists or associations by votes per list, e.g. a list conference
    /// ("valkonferenser för fastställande av listor", seed 004) or delegates shared among neighbouring
    /// associations ("ombud … utsetts gemensamt med V Liljeholmen-Hägersten och Skärholmen", seed 001).</summary>
    public const string Allocation = "allocation:";

    private static readonly string[] Fixed = [MeetingChair, Chair, Treasurer, Board, BoardSubstitutes, Auditors, NominationCommittee];
    private static readonly string[] Named = [Delegates, Substitutes, List, Allocation];

    /// <summary>The problem with <paramref name="position"/>, or null if it is a known position.</summary>
    public static string? Problem(string? position, int seats)
    {
        if (string.IsNullOrWhiteSpace(position)) return Federation.Platform.Web.Text.T("Välj ett uppdrag.", "position is required");
        var named = Named.FirstOrDefault(position.StartsWith);
        if (named is not null && position[named.Length..].Trim().Length == 0) return $"position '{position}' needs a name after the colon";
        if (named is null && !Fixed.Contains(position))
            return $"unknown position '{position}'; use one of {string.Join(", ", Fixed)} or delegates:BODY, substitutes:BODY, list:NAME, allocation:NAME";
        if (position is MeetingChair or Chair or Treasurer && seats != 1) return $"{position} has exactly one seat, not {seats}";
        return null;
    }

    /// <summary>Substitutes and lists are elected in order: their order is part of the result.</summary>
    public static bool Ordered(string position) =>
        position == BoardSubstitutes || position.StartsWith(Substitutes) || position.StartsWith(List);

    public static bool IsAllocation(string position) => position.StartsWith(Allocation);

    public static string DefaultTitle(string position) => position switch
    {
        MeetingChair => "Mötesordförande",
        Chair => "Ordförande",
        Treasurer => "Kassör",
        Board => "Styrelseledamöter",
        BoardSubstitutes => "Styrelseersättare",
        Auditors => "Revisorer",
        NominationCommittee => "Valberedning",
        _ when position.StartsWith(Delegates) => $"Ombud till {position[Delegates.Length..]}",
        _ when position.StartsWith(Substitutes) => $"Ersättare till {position[Substitutes.Length..]}",
        _ when position.StartsWith(Allocation) => $"Mandatfördelning: {position[Allocation.Length..]}",
        _ => $"Lista: {position[List.Length..]}",
    };
}
