namespace Federation.Membership.Domain;

/// <summary>Maps a self-described gender to the categories the seeds' statistics use (<see cref="Federation.Gender"/>).</summary>
internal static class GenderCategories
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kvinna"] = Gender.Woman, ["k"] = Gender.Woman, ["woman"] = Gender.Woman, ["female"] = Gender.Woman, ["f"] = Gender.Woman, ["tjej"] = Gender.Woman,
        ["man"] = Gender.Man, ["m"] = Gender.Man, ["male"] = Gender.Man, ["kille"] = Gender.Man,
        ["icke-binär"] = Gender.NonBinary, ["ickebinär"] = Gender.NonBinary, ["icke binär"] = Gender.NonBinary,
        ["non-binary"] = Gender.NonBinary, ["nonbinary"] = Gender.NonBinary, ["enby"] = Gender.NonBinary, ["annat"] = Gender.NonBinary, ["other"] = Gender.NonBinary,
    };

    public static string Categorize(string? selfDescribed) =>
        string.IsNullOrWhiteSpace(selfDescribed) ? Gender.NotStated
        : Known.TryGetValue(selfDescribed.Trim(), out var category) ? category
        : Gender.All.Contains(selfDescribed.Trim().ToLowerInvariant()) ? selfDescribed.Trim().ToLowerInvariant()
        : Gender.NotStated;
}
