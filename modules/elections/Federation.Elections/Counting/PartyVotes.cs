namespace Federation.Elections.Counting;

/// <summary>Votes per party (or group) for a list/seat allocation.</summary>
internal sealed record PartyVotes(string Title, IReadOnlyList<string> Parties, IReadOnlyList<long> Votes, int? Seats);
