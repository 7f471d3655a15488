using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Federation.Host.Demo;
using Federation.Platform.Tenancy;

namespace Federation.Host.Tests;

/// <summary>Issue 14: the demo district lives in the year it is made, and its board accounts are members who can sign up.</summary>
public sealed class DemoDistrictTests
{
    [Fact]
    public async Task The_demo_accounts_are_the_boards_members_and_this_years_plan_counts_this_years_activities()
    {
        var clock = new ManualClock(new DateTimeOffset(2029, 5, 10, 9, 0, 0, TimeSpan.Zero));
        await using var host = await TestHost.Start(b => b.Host.UseServiceProviderFactory(new ClockOverride(clock)));
        await DemoDistrict.SeedIfEmpty(host.App);
        await host.Deliver();

        var solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var roles = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/board"))!["roles"]!.AsArray();
        Guid Holder(string role) => (Guid)roles.Single(r => (string)r!["role"]! == role)!["memberId"]!;
        using var scope = host.Services.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<IMemberLinks>();
        (await links.AccountOf("solna", Holder("chair"))).ShouldBe("ordforande@solna.demo");
        (await links.AccountOf("solna", Holder("member-officer"))).ShouldBe("medlemsansvarig@solna.demo");
        var alvsjo = host.Client(await host.TokenFor("styrelse@alvsjo.test", "alvsjo-hagersten", "board"));
        var alvsjoChair = (Guid)(await alvsjo.GetFromJsonAsync<JsonNode>("/api/associations/alvsjo-hagersten/board"))!["roles"]!.AsArray()
            .Single(r => (string)r!["role"]! == "chair")!["memberId"]!;
        (await links.AccountOf("alvsjo-hagersten", alvsjoChair)).ShouldBe("styrelsen@alvsjo-hagersten.demo");

        // The activities demo's held leafletings of 2029 reach the 2029 plan.
        var plan = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2029"))!;
        var leafleting = plan["pillars"]!.AsArray().SelectMany(p => p!["goals"]!.AsArray()).SelectMany(g => g!["targets"]!.AsArray())
            .Single(t => (string)t!["text"]! == "Minst 20 flygbladsutdelningar")!;
        ((decimal)leafleting["progress"]!["done"]!).ShouldBeGreaterThan(0);
        // The semester's printed letter is made in communications, and the plan reads it from there (issue 16).
        var letter = plan["pillars"]!.AsArray().SelectMany(p => p!["goals"]!.AsArray()).SelectMany(g => g!["targets"]!.AsArray())
            .Single(t => (string)t!["text"]! == "Ett fysiskt medlemsblad per termin")!["progress"]!;
        ((string)letter["source"]!, (decimal)letter["done"]!).ShouldBe(("measured", 1m));
    }
}
