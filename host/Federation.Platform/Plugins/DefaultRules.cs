namespace Federation.Platform.Plugins;

/// <summary>
/// What an association gets when no plugin (or a failed one) supplies a rule. Chosen to be safe
/// and obvious: the statutory chair and treasurer are required ("Val av ordförande, kassör …
/// görs i samband med årsmöte", Solna 2024), no plan template, no local recurrence rules.
/// </summary>
public static class DefaultRules
{
    public static readonly IReadOnlyList<string> RequiredBoardFunctions = [BoardFunctions.Chair, BoardFunctions.Treasurer];
}
