namespace Federation.Extensions;

/// <summary>
/// The areas an association has chosen to prioritise (prioriterade områden). Activities held there
/// count towards the district's goal (seed 003: "minst hälften av geografiska såväl som
/// branschföreningar har regelbundna aktiviteter i områden som partiföreningarna prioriterat").
/// </summary>
public interface IPriorityAreas : IExtensionPoint
{
    /// <summary>Area names as members write them (matched without regard to case).</summary>
    IReadOnlyList<string> Areas { get; }
}
