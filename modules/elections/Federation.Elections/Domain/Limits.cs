namespace Federation.Elections.Domain;

/// <summary>
/// How big an election's inputs may be (issue 15: a 1,000,000-seat election was accepted). Enforced here, in the
/// domain, whatever the caller; the input records carry the same numbers as attributes, so the OpenAPI document
/// shows them (maxLength, minimum, maximum).
/// </summary>
internal static class Limits
{
    /// <summary>No party body elects more; a larger number is a typing mistake, and counting cost grows with it.</summary>
    public const int Seats = 100;
    public const int Name = 200;
    public const int Text = 4000;
    public const int Rank = 1000;
    /// <summary>Votes for one list: more than any electorate the product serves.</summary>
    public const long Votes = 100_000_000;

    public static void Length(string field, string? value, int max)
    {
        if (value?.Length > max) throw new ElectionProblem(field, $"at most {max} characters, not {value.Length}");
    }
}
