using Federation.Plugins.Solna;
using Federation.Plugins.Storstockholm;

namespace Federation.Plugins.Tests;

public class BoardFunctionsTests
{
    [Theory]
    [InlineData(2024)]
    [InlineData(2030)]
    public void Solna_from_2024_requires_the_functions_of_the_2024_plan_and_the_treasurer_its_annual_meeting_elects(int year)
    {
        new SolnaBoardFunctions().RequiredFunctions(year).ShouldBe(
        [
            BoardFunctions.Chair,
            BoardFunctions.ViceChair,
            BoardFunctions.Treasurer,
            BoardFunctions.MemberOfficer,
            BoardFunctions.InternalFeministOfficer,
            BoardFunctions.AntiracistOfficer,
        ]);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2023)]
    public void Solna_2020_to_2023_requires_chair_and_the_two_officers(int year)
    {
        new SolnaBoardFunctions().RequiredFunctions(year).ShouldBe(
            [BoardFunctions.Chair, BoardFunctions.InternalFeministOfficer, BoardFunctions.AntiracistOfficer]);
    }

    [Fact]
    public void Solna_before_any_plan_requires_nothing()
    {
        new SolnaBoardFunctions().RequiredFunctions(2019).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2027)]
    public void District_requires_internal_feminist_and_antiracist_officers_from_2023(int year)
    {
        new DistrictBoardFunctions().RequiredFunctions(year).ShouldBe(
            [BoardFunctions.InternalFeministOfficer, BoardFunctions.AntiracistOfficer]);
    }

    [Fact]
    public void District_requires_nothing_before_its_2023_plan()
    {
        new DistrictBoardFunctions().RequiredFunctions(2022).ShouldBeEmpty();
    }
}
