using System.Text.Json;
using Federation.Activities.Fund;

namespace Federation.Activities.Tests;

/// <summary>
/// Issue 14: the activity fund. An association's board applies, the district admin grants or refuses with a reason,
/// and the year's distribution is shown against the seeds' rules (half to priority areas; by capacity).
/// </summary>
public sealed class FundTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient solna = null!;
    private HttpClient sundbyberg = null!;
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        sundbyberg = host.Client(await host.TokenFor("styrelse@sundbyberg.test", "sundbyberg", "board"));
        admin = host.Client(await host.TokenFor("admin@district.test", "district", "district-admin"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<Guid> Apply(HttpClient board, string association, int amount, bool priority, string capacity) =>
        (await Json(await board.PostAsJsonAsync($"/api/associations/{association}/activity-fund",
            new { purpose = $"Dörrknackning för {amount} kr", amount, priorityArea = priority, capacity }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private Task<HttpResponseMessage> Decide(HttpClient who, string applicant, Guid id, bool grant, int? amount, string? reason) =>
        who.PostAsJsonAsync($"/api/associations/storstockholm/activity-fund/{applicant}/{id}/decision", new { grant, amount, reason });

    [Fact]
    public async Task Associations_apply_the_district_admin_decides_once_and_the_report_weighs_the_grants_against_the_seeds()
    {
        var small = await Apply(solna, "solna", 12_000, priority: true, "small");
        var large = await Apply(sundbyberg, "sundbyberg", 20_000, priority: false, "large");
        var second = await Apply(sundbyberg, "sundbyberg", 5_000, priority: true, "large");

        var own = await Json(await sundbyberg.GetAsync("/api/associations/sundbyberg/activity-fund"), HttpStatusCode.OK);
        own.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([second, large], ignoreOrder: true);
        var all = await Json(await admin.GetAsync("/api/associations/storstockholm/activity-fund"), HttpStatusCode.OK);
        all.GetArrayLength().ShouldBe(3);

        (await Json(await Decide(admin, "solna", small, grant: true, 15_000, null), HttpStatusCode.BadRequest)).ToString()
            .ShouldContain("Bevilja mellan 1 och 12");
        (await Json(await Decide(admin, "sundbyberg", large, grant: false, null, " "), HttpStatusCode.BadRequest)).ToString()
            .ShouldContain("Ett avslag behöver en motivering.");
        var granted = await Json(await Decide(admin, "solna", small, grant: true, 10_000, "Bra plan"), HttpStatusCode.OK);
        granted.GetProperty("decision").GetString().ShouldBe("granted");
        granted.GetProperty("granted").GetInt32().ShouldBe(10_000);
        granted.GetProperty("decidedBy").GetString().ShouldBe("admin <admin@district.test>");
        await Json(await Decide(admin, "sundbyberg", large, grant: true, 20_000, null), HttpStatusCode.OK);
        await Json(await Decide(admin, "sundbyberg", second, grant: false, null, "Sök igen när aktiviteten är planerad"), HttpStatusCode.OK);
        (await Json(await Decide(admin, "solna", small, grant: false, null, "Ångrat"), HttpStatusCode.BadRequest)).ToString()
            .ShouldContain("ett beslut ändras inte i efterhand");

        var report = await Json(await admin.GetAsync("/api/associations/storstockholm/activity-fund/report"), HttpStatusCode.OK);
        report.GetProperty("applied").GetInt64().ShouldBe(37_000);
        report.GetProperty("granted").GetInt64().ShouldBe(30_000);
        report.GetProperty("grantedToPriorityAreas").GetInt64().ShouldBe(10_000);
        report.GetProperty("priorityRuleMet").GetBoolean().ShouldBeFalse("a third, not half, went to priority areas");
        report.GetProperty("byCapacityFollowed").GetBoolean().ShouldBeFalse("the large association got more per grant than the small one");
        var byCapacity = report.GetProperty("byCapacity").EnumerateArray().ToDictionary(c => c.GetProperty("capacity").GetString()!);
        byCapacity["small"].GetProperty("granted").GetInt64().ShouldBe(10_000);
        byCapacity["large"].GetProperty("applications").GetInt32().ShouldBe(2);
        byCapacity["large"].GetProperty("averageGrant").GetInt64().ShouldBe(20_000);

        var solnas = await Json(await solna.GetAsync("/api/associations/solna/activity-fund"), HttpStatusCode.OK);
        solnas.EnumerateArray().Single().GetProperty("reason").GetString().ShouldBe("Bra plan");
    }

    [Fact]
    public async Task Only_the_board_applies_only_the_district_admin_decides_and_bad_input_is_refused_in_Swedish()
    {
        var member = host.Client(await host.TokenFor("medlem@solna.test", "solna", "member"));
        (await member.PostAsJsonAsync("/api/associations/solna/activity-fund", new { purpose = "x", amount = 10, capacity = "small" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var id = await Apply(solna, "solna", 3_000, priority: false, "medium");

        var office = host.Client(await host.TokenFor("kansli@district.test", "district", "district-office"));
        (await office.GetAsync("/api/associations/storstockholm/activity-fund")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Decide(office, "solna", id, grant: true, 3_000, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var solnaAdmin = host.Client(await host.TokenFor("ordforande@solna.test", "solna", "admin"));
        (await Decide(solnaAdmin, "solna", id, grant: true, 3_000, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await solna.GetAsync("/api/associations/storstockholm/activity-fund")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var refused = (await Json(await solna.PostAsJsonAsync("/api/associations/solna/activity-fund",
            new { purpose = " ", amount = 0, capacity = "huge", activityId = Guid.NewGuid() }), HttpStatusCode.BadRequest)).ToString();
        refused.ShouldContain("Beskriv vad pengarna ska användas till.");
        refused.ShouldContain("Ange ett belopp mellan 1 och");
        refused.ShouldContain("Välj föreningens förmåga");
        refused.ShouldContain("Aktiviteten finns inte i föreningens kalender.");
        (await Json(await admin.PostAsJsonAsync("/api/associations/storstockholm/activity-fund",
            new { purpose = "x", amount = 10, capacity = "small" }), HttpStatusCode.BadRequest)).ToString().ShouldContain("föreningarna söker");
    }

    [Fact]
    public void Half_to_priority_areas_meets_the_rule_and_less_capacity_getting_more_per_grant_follows_it()
    {
        static FundApplication Granted(int amount, bool priority, FundCapacity capacity) => new()
        {
            Amount = amount, Granted = amount, PriorityArea = priority, Capacity = capacity, Decision = FundDecision.Granted,
        };
        var report = FundReport.Of(2026,
        [
            Granted(6_000, true, FundCapacity.Small), Granted(4_000, false, FundCapacity.Medium), Granted(2_000, false, FundCapacity.Large),
            new FundApplication { Amount = 9_000, Capacity = FundCapacity.Large },
        ]);
        report.PriorityShare.ShouldBe(0.5);
        report.PriorityRuleMet.ShouldBeTrue();
        report.ByCapacityFollowed.ShouldBeTrue();
        report.Pending.ShouldBe(1);
        report.ByCapacity.Single(c => c.Capacity == FundCapacity.Large).Applications.ShouldBe(2);
        FundReport.Of(2026, []).PriorityRuleMet.ShouldBeFalse("nothing granted is not half of anything");
    }
}
