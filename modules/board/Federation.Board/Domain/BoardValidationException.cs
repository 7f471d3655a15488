namespace Federation.Board.Domain;

/// <summary>Input the module refuses, naming the field and the problem; nothing is stored.</summary>
internal sealed class BoardValidationException(string field, string problem) : Exception(problem)
{
    public string Field { get; } = field;

    public IDictionary<string, string[]> Errors => new Dictionary<string, string[]> { [Field] = [Message] };
}

/// <summary>The day in Europe/Stockholm, where the associations count their years.</summary>
internal static class Stockholm
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>A stored UTC instant as Stockholm wall-clock time, for display.</summary>
    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
