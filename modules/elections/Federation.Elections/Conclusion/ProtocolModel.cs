using Federation.Elections.Domain;

namespace Federation.Elections.Conclusion;

/// <summary>Everything the protocol shows: the meeting, the election, the count re-run from the
/// stored ballots with the recorded seed, and the stored outcome; for a majority re-vote also the
/// first round, and for a first round the re-vote it opened.</summary>
internal sealed record ProtocolModel(Meeting Meeting, Election Election, Counted Count, Outcome Outcome, Election? FirstRound, Election? ReVote);
