namespace Federation.Elections.Domain;

/// <summary>A request the election rules refuse; <see cref="Field"/> names what is wrong. Nothing is stored.</summary>
internal sealed class ElectionProblem(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>The meeting, election or candidate asked for does not exist in this association.</summary>
internal sealed class ElectionNotFound(string what) : Exception($"no such {what}");

/// <summary>The signed-in person may not do this (e.g. answer someone else's nomination).</summary>
internal sealed class ElectionForbidden(string message) : Exception(message);
