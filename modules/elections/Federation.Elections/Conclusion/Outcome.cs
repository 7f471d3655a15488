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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static Outcome FromJson(string json) => JsonSerializer.Deserialize<Outcome>(json, Json)!;
}

internal sealed record OutcomePlace(int Rank, Guid CandidateId, Guid? MemberId, string Name, string Gender);

/// <summary>Papers cast (including blank and invalid), blank, invalid, and codes issued (digital ballots).</summary>
internal sealed record BallotTally(int Cast, int Blank, int Invalid, int CodesIssued);
