using Federation.Platform.Storage;

namespace Federation.Elections.Voting;

/// <summary>A ballot cast with a code. Deliberately without the code, the voter or a time: the
/// rows are shuffled as they are stored (<see cref="BallotBox"/>), so not even their order tells
/// who voted how.</summary>
internal sealed class SecretBallot : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid ElectionId { get; set; }

    /// <summary>Ballot numbers in order of preference (or the marked ones), space-separated; empty is blank.</summary>
    public string Preferences { get; set; } = "";
}
