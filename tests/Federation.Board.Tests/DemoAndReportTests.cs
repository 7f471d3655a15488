using System.Globalization;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;

namespace Federation.Board.Tests;

/// <summary>The annual report draft and the demo's board work.</summary>
public sealed class DemoAndReportTests
{
    /// <summary>The demo lives in the year it is made: seeded in two different years, each shows that year.</summary>
    [Theory]
    [InlineData("2027-03-15")]
    [InlineData("2031-10-05")]
    public async Task The_demo_shows_this_years_plan_meetings_and_a_board_of_named_members_with_the_demo_accounts_among_them(string today)
    {
        var day = DateOnly.Parse(today, CultureInfo.InvariantCulture);
        var year = day.Year;
        await using var host = await BoardHost.Start(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        await SeedDemo(host, "solna");
        await SeedDemo(host, "alvsjo-hagersten");
        var solna = await host.Board();

        var plan = (await solna.GetFromJsonAsync<JsonNode>($"/api/associations/solna/plans/{year}"))!;
        ((string)plan["title"]!).ShouldContain(year.ToString(CultureInfo.InvariantCulture));
        PlanJson.Done(PlanJson.Target(plan, "Ett fysiskt medlemsblad per termin")).ShouldBe(0); // nobody types it in
        await PrintLetter(solna);
        plan = (await solna.GetFromJsonAsync<JsonNode>($"/api/associations/solna/plans/{year}"))!;
        PlanJson.Done(PlanJson.Target(plan, "Ett fysiskt medlemsblad per termin")).ShouldBe(1);
        ((string)PlanJson.Target(plan, "Antirasistisk ansvarig")["progress"]!["status"]!).ShouldBe("green");
        ((int)plan["followUp"]!["recorded"]!).ShouldBe(1);

        // The board are members of the register, by name; the chair is the member the demo account ordforande@ belongs to.
        async Task<JsonNode> Member(JsonNode role) =>
            (await solna.GetFromJsonAsync<JsonNode>($"/api/associations/solna/members/{(Guid)role["memberId"]!}"))!["register"]!;
        var roles = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/board"))!["roles"]!.AsArray();
        roles.Count.ShouldBe(8);
        foreach (var role in roles)
        {
            var member = await Member(role!);
            ((string)role!["name"]!).ShouldBe($"{member["firstName"]} {member["lastName"]}");
        }
        var chair = roles.Single(r => (string)r!["role"]! == "chair")!;
        ((string?)(await Member(chair))["email"]).ShouldBe("ordforande@solna.demo");

        var statistics = (await solna.GetFromJsonAsync<JsonNode>($"/api/associations/solna/speaker-statistics/{year}"))!;
        ((int)statistics["statistics"]!["contributions"]!).ShouldBeGreaterThan(6);
        statistics["meetingsLackingStatistics"]!.AsArray().Select(m => (string)m!["title"]!).ShouldBe(["Medlemsmöte om budgeten"]);
        var meetings = await solna.Page($"/a/solna/meetings?year={year}");
        meetings.ShouldContain("Medlemsmöte om budgeten");
        meetings.ShouldContain("<svg");

        var office = host.Host.Client(await host.Host.TokenFor("kansli@district.test", "district", "district-office"));
        var rows = (await office.GetFromJsonAsync<JsonArray>($"/api/associations/storstockholm/compliance/{year}"))!;
        rows.Single(r => (string)r!["associationId"]! == "alvsjo-hagersten")!["checks"]!.AsArray()
            .Where(c => !(bool)c!["complies"]!).Select(c => (string)c!["id"]!).ShouldContain("internal-feminist-officer");
        var alvsjoBoard = (await (await host.Board("alvsjo-hagersten")).GetFromJsonAsync<JsonNode>("/api/associations/alvsjo-hagersten/board"))!;
        alvsjoBoard["missingFunctions"]!.AsArray().Select(f => (string)f!).ShouldContain("internal-feminist-officer");

        // Solna's KF-grupp: one of the eight officials not told of the rules, an initiative-writing meeting this semester, no antiracist officer.
        var group = (await solna.GetFromJsonAsync<JsonArray>("/api/associations/solna/board/municipal-groups"))!.Single()!;
        group["briefings"]!.AsArray().Count(b => !(bool)b!["informed"]!).ShouldBe(1);
        PlanJson.Done(PlanJson.Target(plan, "Alla förtroendevalda informeras om den kommunala gruppens arbetsordning")).ShouldBe(87.5m);
        var semester = day.Month <= 6 ? $"VT {year}" : $"HT {year}";
        ((int)group["initiativeWriting"]!.AsArray().Single(s => (string)s!["semester"]! == semester)!["meetings"]!).ShouldBe(1);
        (await office.GetFromJsonAsync<JsonArray>($"/api/associations/storstockholm/compliance/{year}/municipal-groups"))!
            .Single()!["missing"]!.AsArray().Select(f => (string)f!).ShouldBe(["antiracist-officer"]);
    }

    [Fact]
    public async Task The_annual_report_is_drafted_from_the_figures_edited_and_printed()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
        await SeedDemo(host, "solna");
        var solna = await host.Board();
        await PrintLetter(solna);
        var chair = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/board"))!["roles"]!.AsArray().Single(r => (string)r!["role"]! == "chair")!;

        var draft = (await solna.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2026/report"))!;
        ((bool)draft["saved"]!).ShouldBeFalse();
        var text = (string)draft["text"]!;
        text.ShouldContain("Ett fysiskt medlemsblad per termin: 1 av 2");
        text.ShouldContain("TALARSTATISTIK");
        text.ShouldContain($"{chair["name"]}, Ordförande");

        var empty = await solna.PutAsJsonAsync("/api/associations/solna/plans/2026/report", new { text = " " });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await solna.PutAsJsonAsync("/api/associations/solna/plans/2026/report", new { text = text + "\nTack till alla aktiva!" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await solna.PutAsJsonAsync("/api/associations/solna/plans/2026/report", new { text = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var print = await solna.GetAsync("/api/associations/solna/plans/2026/report/print");
        print.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await print.Content.ReadAsStringAsync();
        html.ShouldContain("Tack till alla aktiva!");
        html.ShouldContain("<svg");
        (await solna.GetStringAsync("/a/solna/plan/report?year=2026")).ShouldContain("Tack till alla aktiva!");
    }

    /// <summary>This semester's printed member letter, made in communications for the register's non-digital members: the plan counts it.</summary>
    private static async Task PrintLetter(HttpClient solna)
    {
        var letter = await solna.PostAsJsonAsync("/api/associations/solna/communications/letters",
            new { semester = "Terminen", subject = "Medlemsbladet", body = "Hej {{förnamn}}!" });
        letter.StatusCode.ShouldBe(HttpStatusCode.Created, await letter.Content.ReadAsStringAsync());
    }

    /// <summary>The register's demo first (the board is seated from it), then the board's, on the host's clock.</summary>
    private static async Task SeedDemo(BoardHost host, string association)
    {
        var today = DateOnly.FromDateTime(host.Clock.Now.UtcDateTime);
        foreach (var module in new FederationModule[] { new Federation.Membership.MembershipModule(), new BoardModule() })
        {
            using var scope = host.Host.Services.CreateScope();
            var target = scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(association)!;
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(target);
            await module.SeedDemo(new DemoSeed(target, scope.ServiceProvider, 2026, today), CancellationToken.None);
        }
    }
}
