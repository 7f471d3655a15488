using Federation.Host.Demo;

namespace Federation.Studies.Tests;

/// <summary>The demo district's studies: district courses this year, completions, one circle ABF accepts and one it does not yet.</summary>
public sealed class DemoTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        await DemoDistrict.SeedIfEmpty(host.App);
        await host.Deliver();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_demo_has_district_courses_completions_and_a_reportable_and_an_unfinished_circle()
    {
        var office = host.Client(await host.TokenFor("kansli@district.test", "district", "district-office"));
        var occasions = (await office.GetFromJsonAsync<PageOf<OccasionDto>>($"{Studies.Api("solna")}/occasions"))!.Items;
        var kinds = occasions.Where(o => o.Course.District).Select(o => o.Course.Kind).ToList();
        foreach (var kind in new[] { "rhetoric", "self-defence", "new-member", "leadership" }) kinds.ShouldContain(kind); // the coming ones
        occasions.Single(o => o.Course.Kind == "rhetoric").Waiting.ShouldBe(3);

        var circles = (await office.GetFromJsonAsync<PageOf<CircleSummaryDto>>($"{Studies.Api("solna")}/circles"))!.Items;
        circles.Single(c => c.Title == "Marx för nybörjare").AbfProblems.ShouldBeEmpty();
        circles.Single(c => c.Title == "Marx för nybörjare").DueForReport.ShouldBeTrue();
        circles.Single(c => c.Title == "Feministisk ekonomi").AbfProblems.ShouldNotBeEmpty();

        var compliance = await office.GetFromJsonAsync<List<ComplianceDto>>($"{Studies.Api("storstockholm")}/compliance");
        compliance!.Select(c => (c.Association, c.Role, c.Complies)).ShouldBe(
            [("solna", "chair", true), ("solna", "group-leader", false), ("alvsjo-hagersten", "chair", false)], ignoreOrder: true);
    }
}
