namespace Federation.Studies.Domain;

/// <summary>Input the module refuses, field by field; nothing is stored.</summary>
internal sealed class StudiesValidationException(IDictionary<string, string[]> problems)
    : Exception(string.Join(" ", problems.SelectMany(p => p.Value)))
{
    public IDictionary<string, string[]> Problems { get; } = problems;

    public static StudiesValidationException One(string field, string problem) => new(new Dictionary<string, string[]> { [field] = [problem] });
}

/// <summary>Collects problems with an input and throws them together.</summary>
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
        if (problems.Count > 0) throw new StudiesValidationException(problems.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }
}

/// <summary>Local time in Europe/Stockholm, where the courses are held.</summary>
internal static class Stockholm
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow().UtcDateTime));

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime Utc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static DateTime YearStartUtc(int year) => Utc(new DateTime(year, 1, 1));
}
