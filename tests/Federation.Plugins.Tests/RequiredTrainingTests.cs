using Federation.Plugins.Storstockholm;

namespace Federation.Plugins.Tests;

/// <summary>The district's required training: "alla våra föreningsordföranden och gruppledare ska ha gått ledarskapsutbildningen" (seed 003).</summary>
public class RequiredTrainingTests
{
    [Fact]
    public void Chairs_and_group_leaders_must_have_taken_the_leadership_training_from_2023()
    {
        var requirement = new DistrictRequiredTraining().Requirements.Single();
        requirement.Roles.ShouldBe([BoardFunctions.Chair, BoardFunctions.GroupLeader], ignoreOrder: true);
        requirement.CourseKind.ShouldBe(CourseKinds.Leadership);
        requirement.From.ShouldBe(new DateOnly(2023, 1, 1));
        requirement.Name.Sv.ShouldContain("ledarskapsutbildningen");
    }
}
