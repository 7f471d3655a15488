using Federation.Platform.Storage;

namespace Federation.Elections.Voting;

/// <summary>One paper as one teller (rösträknare) read it. Two tellers enter the same pile in the
/// same order, so their entries are compared paper by paper.</summary>
internal sealed class PaperBallot : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid ElectionId { get; set; }
    public required string Teller { get; set; }

    /// <summary>The paper's place in the pile, 1 first.</summary>
    public int Number { get; set; }

    /// <summary>As <see cref="SecretBallot.Preferences"/>; empty is blank.</summary>
    public string Preferences { get; set; } = "";

    /// <summary>A spoilt paper (ogiltig röstsedel): counted in the protocol, not in the count.</summary>
    public bool Invalid { get; set; }
}
