using Federation.Extensions;

namespace Federation.Plugins.Storstockholm;

/// <summary>
/// Seed 003_add3bdb3394f93c0.txt: "Målsättningen är att alla våra föreningsordföranden och gruppledare ska ha
/// gått ledarskapsutbildningen." The plan runs from 2023; seed 004 keeps developing the district's training
/// without repealing the goal, so it holds from 2023 on.
/// </summary>
public sealed class DistrictRequiredTraining : IRequiredTraining
{
    public IReadOnlyList<TrainingRequirement> Requirements { get; } =
    [
        new("chairs-leadership-training", new("Ordförande och gruppledare har gått ledarskapsutbildningen", "Chairs and group leaders have taken the leadership training"),
            [BoardFunctions.Chair, BoardFunctions.GroupLeader], CourseKinds.Leadership, new DateOnly(2023, 1, 1)),
    ];
}
