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

    [Fact]
    public async Task The_demo_districts_overlapping_plans_show_the_shares_of_every_association_computed_and_the_elected_are_members()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        await using var host = await TestHost.Start(b => b.Host.UseServiceProviderFactory(new ClockOverride(clock)));
        await DemoDistrict.SeedIfEmpty(host.App);
        await host.Deliver();

        var district = host.Client(await host.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
        var previous = (await district.GetFromJsonAsync<JsonNode>("/api/associations/storstockholm/plans/2025?from=2023"))!;
        ((int)previous["lastYear"]!).ShouldBe(2025);
        previous["others"]!.AsArray().Select(o => (int)o!["firstYear"]!).ShouldBe([2025], "2025–2027 covers 2025 too");
        JsonNode Target(JsonNode plan, string text) => plan["pillars"]!.AsArray().SelectMany(p => p!["goals"]!.AsArray())
            .SelectMany(g => g!["targets"]!.AsArray()).Single(t => (string)t!["text"]! == text)!["progress"]!;
        foreach (var text in new[]
        {
            "Alla partiföreningar och kommunala grupper har en internfeministiskt ansvarig", "Alla partiföreningar och kommunala grupper har en internt antirasistisk ansvarig",
            "Alla föreningsordföranden och gruppledare har gått ledarskapsutbildningen", "Minst hälften av föreningarna har regelbundna aktiviteter i prioriterade områden",
        })
            ((string)Target(previous, text)["source"]!).ShouldBe("measured", text);
        // Solna's board has both officers, Älvsjö-Hägersten's lacks the internal-feminist one.
        ((decimal)Target(previous, "Alla partiföreningar och kommunala grupper har en internfeministiskt ansvarig")["done"]!).ShouldBeInRange(1m, 99m);

        var solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var plan = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2025"))!;
        ((string)Target(plan, "Alla nya medlemmar har fått välkomstbrev")["source"]!).ShouldBe("measured");
        // The annual meeting elected members of the register: every board member is a member, and an official.
        var board = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/board"))!;
        var members = board["roles"]!.AsArray().Where(r => (string)r!["role"]! == "member").ToList();
        members.ShouldNotBeEmpty();
        members.ShouldAllBe(r => r!["memberId"] != null);
        var officials = board["electedOfficials"]!.AsArray().Select(o => (Guid)o!["memberId"]!).ToList();
        members.Select(r => (Guid)r!["memberId"]!).ShouldAllBe(m => officials.Contains(m));
    }
}
