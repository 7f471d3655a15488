namespace Federation;

/// <summary>
/// The categories the seeds' statistics use (speaker statistics, share of women elected or
/// featured). A member's self-described gender maps to one of these; unknown means not stated.
/// </summary>
public static class Gender
{
    public const string Woman = "woman";
    public const string Man = "man";
    public const string NonBinary = "non-binary";
    public const string NotStated = "not-stated";

    public static readonly IReadOnlyList<string> All = [Woman, Man, NonBinary, NotStated];
}
