using System.Reflection;

namespace Federation.Activities.Domain;

/// <summary>An activity as a board or officer enters it. Times without offset are Stockholm local time.</summary>
internal sealed record ActivityInput(
    string? Type,
    string? Title,
    string? Description,
    DateTime? Start,
    DateTime? End,
    string? Place = null,
    string? Area = null,
    string? Organiser = null,
    int? MinParticipants = null,
    int? MaxParticipants = null,
    bool Childcare = false,
    bool KeepSpeakerStatistics = false,
    string? Campaign = null,
    string? Visibility = null,
    string[]? CoHosts = null,
    bool DistrictWide = false,
    string? Tag = null);

/// <summary>Input that cannot be stored; each entry names the field and the problem.</summary>
internal sealed class ActivityValidationException(Dictionary<string, string[]> problems)
    : Exception(string.Join(" ", problems.SelectMany(p => p.Value)))
{
    public Dictionary<string, string[]> Problems { get; } = problems;

    public static ActivityValidationException One(string field, string problem) => new(new() { [field] = [problem] });
}

/// <summary>Collects problems per field.</summary>
internal sealed class Problems
{
    private readonly Dictionary<string, List<string>> problems = [];

    public void Add(string field, string problem)
    {
        if (!problems.TryGetValue(field, out var list)) problems[field] = list = [];
        list.Add(problem);
    }

    public void ThrowIfAny()
    {
        if (problems.Count > 0) throw new ActivityValidationException(problems.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }
}

internal static class KnownActivityTypes
{
    /// <summary>Every id declared in <see cref="ActivityTypes"/>.</summary>
    public static readonly IReadOnlySet<string> All = typeof(ActivityTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet();

    public static LocalizedText Name(string type) => ActivityTypes.Name(type);
}
