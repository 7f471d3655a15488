namespace Federation.Extensions;

/// <summary>
/// Training that holders of certain board roles must have completed (e.g. the district: chairs and group
/// leaders must have taken the leadership training). The studies module asks the district's plugins and
/// the association's own, and lists who lacks it.
/// </summary>
public interface IRequiredTraining : IExtensionPoint
{
    IReadOnlyList<TrainingRequirement> Requirements { get; }
}

/// <summary>
/// Holders of any of <paramref name="Roles"/> (board roles: <see cref="BoardFunctions"/> ids, "member",
/// "substitute") on or after <paramref name="From"/> must have completed a course of <paramref name="CourseKind"/>
/// (a <see cref="CourseKinds"/> id), whenever they took it.
/// </summary>
public sealed record TrainingRequirement(string Id, LocalizedText Name, IReadOnlyList<string> Roles, string CourseKind, DateOnly From);
