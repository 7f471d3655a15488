namespace Federation;

/// <summary>
/// The kinds of course the seeds name (ids; names live in the UI): the district's courses for new members,
/// leadership and board training, the nomination-committee course, ideology and organisation, internal
/// feminism, antiracism, rhetoric for list toppers, feminist self-defence and groups for men.
/// </summary>
public static class CourseKinds
{
    public const string NewMember = "new-member";
    public const string Leadership = "leadership";
    public const string Board = "board";
    public const string NominationCommittee = "nomination-committee";
    public const string Ideology = "ideology";
    public const string InternalFeminism = "internal-feminism";
    public const string Antiracism = "antiracism";
    public const string Rhetoric = "rhetoric";
    public const string SelfDefence = "self-defence";
    public const string MensGroup = "mens-group";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [NewMember, Leadership, Board, NominationCommittee, Ideology, InternalFeminism, Antiracism, Rhetoric, SelfDefence, MensGroup, Other];
}
