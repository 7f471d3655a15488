using System.Text.Json;

namespace Federation.Elections.Conclusion;

/// <summary>What a concluded election decided, stored with it: the places after the gender rule,
/// the rule's recorded steps, and the ballot figures for the protocol.</summary>
internal sealed record Outcome(
    IReadOnlyList<OutcomePlace> Places,
    string GenderRule,
    IReadOnlyList<string> GenderSteps,
    string? Warning,
    BallotTally Tally)
{
    /// <summary>Majority: the linked re-vote for the seats this round left open.</summary>
    public Guid? ReVoteId { get; init; }

    /// <summary>A re-vote: the first round, whose elected come first in <see cref="Places"/>.</summary>
    public Guid? FirstRoundId { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Outcome FromJson(string json) => JsonSerializer.Deserialize<Outcome>(json, Json)!;
}

internal sealed record OutcomePlace(int Rank, Guid CandidateId, Guid? MemberId, string Name, string Gender);

/// <summary>Papers cast (including blank and invalid), blank, invalid, and codes issued (digital ballots).</summary>
internal sealed record BallotTally(int Cast, int Blank, int Invalid, int CodesIssued)
{
    /// <summary>The voting roll when the election was concluded: on it, and checked in.</summary>
    public int? Eligible { get; init; }
    public int? Present { get; init; }

    /// <summary>A seat allocation: the votes of all lists together.</summary>
    public long? ListVotes { get; init; }
}
