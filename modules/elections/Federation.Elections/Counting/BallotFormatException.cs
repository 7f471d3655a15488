namespace Federation.Elections.Counting;

/// <summary>A ballot file the engine refuses to count. <see cref="Line"/> is 1-based; 0 when the
/// format has no lines to point at (a JSON value), in which case the reason names the JSON path.</summary>
internal sealed class BallotFormatException(int line, string reason)
    : Exception(line > 0 ? $"line {line}: {reason}" : reason)
{
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}

/// <summary>A count that cannot be made as asked (unknown method, seats out of range, …).</summary>
internal sealed class CountingException(string message) : Exception(message);
