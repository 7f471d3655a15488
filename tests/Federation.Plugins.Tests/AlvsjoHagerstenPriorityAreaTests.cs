using Federation.Plugins.AlvsjoHagersten;

namespace Federation.Plugins.Tests;

public class AlvsjoHagerstenPriorityAreaTests
{
    [Fact]
    public void Names_the_five_areas_of_the_2018_plan()
    {
        new PriorityAreas().Areas.ShouldBe(["Solberga", "Älvsjö stationsområde", "Fruängen", "Västertorp", "Telefonplan"]);
    }
}
