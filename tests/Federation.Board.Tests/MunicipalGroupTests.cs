using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Tests;

/// <summary>
/// Municipal groups (kommunala grupper): "Alla förtroendevalda ska informeras om den kommunala gruppens arbetsordning"
/// (Solna 2024), "Kommunala gruppen har möten med tema initiativskrivande varje termin" (Solna 2020) and "alla
/// partiföreningar och kommunala grupper ska ha en internfeministiskt ansvarig och en internt antirasistisk ansvarig"
/// (Storstockholm 2023–2025).
/// </summary>
public sealed class MunicipalGroupTests
{
    private const string Groups = "/api/associations/solna/board/municipal-groups";
    private const string Informed = "Alla förtroendevalda informeras om den kommunala gruppens arbetsordning";

    [Fact]
    public async Task Only_elected_officials_join_and_the_plan_counts_those_told_of_the_current_rules_not_those_told_before_a_change()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var anna = await Official(board, "G-1", "Anna");
        var bo = await Official(board, "G-2", "Bo");
        var cia = await board.NewMemberId("solna", "G-3", "Cia", "woman");
        (await Share(board)).ShouldBe((0m, "grey"), "no group, nothing to measure");

        await Refused(board.PostAsJsonAsync(Groups, new { name = " " }), "Ge gruppen ett namn");
        var group = await Created(board.PostAsJsonAsync(Groups, new { name = "KF-gruppen i Solna" }));
        await Refused(board.PostAsJsonAsync(Groups, new { name = "KF-gruppen i Solna" }), "redan en grupp");
        await Refused(board.PostAsJsonAsync($"{Groups}/{group}/members", new { memberId = cia }), "inte förtroendevald");
        (await board.PostAsJsonAsync($"{Groups}/{group}/members", new { memberId = anna })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await Refused(board.PostAsJsonAsync($"{Groups}/{group}/members", new { memberId = anna }), "redan med");
        await Refused(board.PostAsJsonAsync($"{Groups}/{Guid.NewGuid()}/members", new { memberId = bo }), "Den kommunala gruppen finns inte i föreningen.");

        await Refused(board.PostAsJsonAsync($"{Groups}/{group}/informed", new { memberId = anna, on = "2024-04-01" }), "ingen arbetsordning ännu");
        (await Share(board)).ShouldBe((0m, "red"), "a group without rules has told nobody");
        await Refused(board.PutAsJsonAsync($"{Groups}/{group}/rules", new { link = "ftp://kf" }), "https://");
        (await board.PutAsJsonAsync($"{Groups}/{group}/rules", new { text = "Gruppmöte varannan måndag.", changedOn = "2024-03-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Refused(board.PostAsJsonAsync($"{Groups}/{group}/informed", new { memberId = anna, on = "2024-06-01" }), "i förväg");
        await Refused(board.PostAsJsonAsync($"{Groups}/{group}/informed", new { memberId = cia, on = "2024-04-01" }), "inte förtroendevald");
        (await board.PostAsJsonAsync($"{Groups}/{group}/informed", new { memberId = anna, on = "2024-04-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Share(board)).ShouldBe((50m, "red"));
        (await NotInformed(board)).ShouldBe(["Test Bo"]);

        // The rules change: Anna was told of the old ones, so she is not informed any more.
        (await board.PutAsJsonAsync($"{Groups}/{group}/rules", new { link = "https://solna.vansterpartiet.se/arbetsordning", changedOn = "2024-05-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Share(board)).ShouldBe((0m, "red"));
        (await NotInformed(board)).ShouldBe(["Test Anna", "Test Bo"], ignoreOrder: true);
        await Refused(board.PostAsJsonAsync($"{Groups}/{group}/informed", new { memberId = anna, on = "2024-04-15" }), "ändrades 2024-05-01");
        foreach (var official in new[] { anna, bo })
            (await board.PostAsJsonAsync($"{Groups}/{group}/informed", new { memberId = official, on = "2024-05-02" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Share(board)).ShouldBe((100m, "green"));

        var page = WebUtility.HtmlDecode(await board.GetStringAsync("/a/solna/board/municipal-groups"));
        page.ShouldContain("2 av 2 förtroendevalda är informerade om nuvarande arbetsordning (100 %)");
        page.ShouldContain("Senast ändrad 2024-05-01.");
        var changes = (await board.GetFromJsonAsync<JsonArray>(Groups))!.Single()!["changes"]!.AsArray().Select(c => (string)c!["description"]!).ToList();
        changes.ShouldContain("Lade till Test Anna i gruppen");
        changes.ShouldContain("Test Bo informerad om arbetsordningen 2024-05-02");
        changes.ShouldAllBe(c => c.Length > 0);
        (await host.In("solna", db => db.MunicipalGroupChanges.CountAsync(c => c.By.Contains("styrelse@solna.test")))).ShouldBe(changes.Count, "each change names who made it");
    }

    [Fact]
    public async Task Initiative_writing_is_judged_each_semester_from_the_groups_meetings_with_that_theme()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2020, 10, 1, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2020 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var group = await Created(board.PostAsJsonAsync(Groups, new { name = "KF-gruppen i Solna" }));
        await Refused(board.PostAsJsonAsync($"{Groups}/{group}/meetings", new { date = "2020-03-02", theme = "Initiativ" }), "Okänt tema");
        await Refused(board.PostAsJsonAsync($"{Groups}/{group}/meetings", new { theme = "initiative-writing" }), "Ange vilken dag");
        // A meeting on another theme, however it is described, does not count.
        (await board.PostAsJsonAsync($"{Groups}/{group}/meetings", new { date = "2020-03-02", theme = "budget", note = "Initiativ om budgeten" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await board.PostAsJsonAsync($"{Groups}/{group}/meetings", new { date = "2020-04-06", theme = "initiative-writing" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await board.PostAsJsonAsync($"{Groups}/{group}/meetings", new { date = "2020-04-20", theme = "initiative-writing" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Planned for the autumn: not held yet.
        (await board.PostAsJsonAsync($"{Groups}/{group}/meetings", new { date = "2020-11-16", theme = "initiative-writing" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var semesters = (await board.GetFromJsonAsync<JsonArray>(Groups))!.Single()!["initiativeWriting"]!.AsArray();
        semesters.Select(s => ((string)s!["semester"]!, (int)s["meetings"]!)).ShouldBe([("VT 2020", 2), ("HT 2020", 0)]);
        var target = PlanJson.Target((await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2020"))!, "Kommunala gruppen har möten med tema initiativskrivande varje termin");
        ((string)target["progress"]!["source"]!, PlanJson.Done(target), (decimal)target["progress"]!["target"]!).ShouldBe(("measured", 1m, 2m),
            "two in the spring make one semester, not two");

        host.Clock.Advance(TimeSpan.FromDays(60));
        target = PlanJson.Target((await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2020"))!, "Kommunala gruppen har möten med tema initiativskrivande varje termin");
        (PlanJson.Done(target), (string)target["progress"]!["status"]!).ShouldBe((2m, "green"));
        (await board.PostAsJsonAsync($"/api/associations/solna/plans/2020/targets/{(string)target["id"]!}/entries", new { value = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "counted, never typed in");
    }

    [Fact]
    public async Task The_districts_officer_share_counts_municipal_groups_and_names_those_lacking_an_officer()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 9, 1, 10, 0, 0, TimeSpan.Zero));
        var (solna, alvsjo) = await host.SeatDistrictOfficers();
        var anna = await Official(solna, "G-1", "Anna");
        var bo = await Official(solna, "G-2", "Bo");
        var group = await Created(solna.PostAsJsonAsync(Groups, new { name = "KF-gruppen i Solna" }));
        (await solna.PostAsJsonAsync($"{Groups}/{group}/members", new { memberId = anna })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await Refused(solna.PutAsJsonAsync($"{Groups}/{group}/functions/internal-feminist-officer", new { memberId = bo }), "lägg först till medlemmen");
        await Refused(solna.PutAsJsonAsync($"{Groups}/{group}/functions/treasurer", new { memberId = anna }), "Okänd funktion");
        (await solna.PutAsJsonAsync($"{Groups}/{group}/functions/internal-feminist-officer", new { memberId = anna })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await alvsjo.PostAsJsonAsync("/api/associations/alvsjo-hagersten/board/municipal-groups", new { name = "Stadsdelsgruppen i Hägersten-Älvsjö" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var district = await host.Board("storstockholm");
        (await district.PostAsJsonAsync("/api/associations/storstockholm/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await district.GetFromJsonAsync<JsonNode>("/api/associations/storstockholm/plans/2024"))!;
        // Three associations with board work and two groups: Solna and its group have an internal-feminist officer (2 of 5),
        // Solna and Älvsjö-Hägersten an antiracist one, neither group (2 of 5).
        PlanJson.Done(PlanJson.Target(plan, "Alla partiföreningar och kommunala grupper har en internfeministiskt ansvarig")).ShouldBe(40m);
        PlanJson.Done(PlanJson.Target(plan, "Alla partiföreningar och kommunala grupper har en internt antirasistisk ansvarig")).ShouldBe(40m);

        var office = host.Host.Client(await host.Host.TokenFor("kansli@district.test", "district", "district-office"));
        var lacking = (await office.GetFromJsonAsync<JsonArray>("/api/associations/storstockholm/compliance/2024/municipal-groups"))!;
        lacking.Select(g => ((string)g!["group"]!, string.Join(",", g["missing"]!.AsArray().Select(m => (string)m!))))
            .ShouldBe([("KF-gruppen i Solna", "antiracist-officer"), ("Stadsdelsgruppen i Hägersten-Älvsjö", "internal-feminist-officer,antiracist-officer")], ignoreOrder: true);
        var page = WebUtility.HtmlDecode(await office.GetStringAsync("/a/storstockholm/compliance"));
        page.ShouldContain("2 av 2 grupper saknar någon av funktionerna.");
        // An association's board sees its own groups only.
        (await solna.GetFromJsonAsync<JsonArray>("/api/associations/solna/compliance/2024/municipal-groups"))!
            .Select(g => (string)g!["group"]!).ShouldBe(["KF-gruppen i Solna"]);
    }

    [Fact]
    public async Task Another_associations_board_gets_nothing_of_a_municipal_group_and_listing_it_is_a_logged_read()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var solna = await host.Board();
        var anna = await Official(solna, "G-1", "Anna");
        var group = await Created(solna.PostAsJsonAsync(Groups, new { name = "KF-gruppen i Solna" }));
        (await solna.PostAsJsonAsync($"{Groups}/{group}/members", new { memberId = anna })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var alvsjo = await host.Board("alvsjo-hagersten");
        (await alvsjo.GetFromJsonAsync<JsonArray>("/api/associations/alvsjo-hagersten/board/municipal-groups"))!.ShouldBeEmpty();
        await Refused(alvsjo.PutAsJsonAsync($"/api/associations/alvsjo-hagersten/board/municipal-groups/{group}/rules", new { text = "Kapad" }), "finns inte i föreningen");
        await Refused(alvsjo.PostAsJsonAsync($"/api/associations/alvsjo-hagersten/board/municipal-groups/{group}/members", new { memberId = anna }), "finns inte i föreningen");
        (await alvsjo.GetAsync(Groups)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var member = host.Host.Client(await host.Host.TokenFor("medlem@solna.test", "solna", "member"));
        (await member.GetAsync(Groups)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.In("solna", db => db.MunicipalGroups.SingleAsync())).RulesText.ShouldBeNull();

        var before = await Reads(solna, anna);
        (await solna.GetStringAsync(Groups)).ShouldContain("Test Anna");
        (await Reads(solna, anna)).ShouldBe(before + 1);
        WebUtility.HtmlDecode(await solna.GetStringAsync("/a/solna/board/municipal-groups")).ShouldContain("Test Anna");
        (await Reads(solna, anna)).ShouldBe(before + 2);
    }

    [Fact]
    public async Task An_erased_member_leaves_the_group_its_function_and_briefing_and_the_change_log_loses_the_name()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero));
        var solna = await host.Board();
        var anna = await Official(solna, "G-1", "Anna");
        var group = await Created(solna.PostAsJsonAsync(Groups, new { name = "KF-gruppen i Solna" }));
        (await solna.PostAsJsonAsync($"{Groups}/{group}/members", new { memberId = anna })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await solna.PutAsJsonAsync($"{Groups}/{group}/functions/antiracist-officer", new { memberId = anna })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await solna.PutAsJsonAsync($"{Groups}/{group}/rules", new { text = "Gruppmöte varannan måndag." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await solna.PostAsJsonAsync($"{Groups}/{group}/informed", new { memberId = anna })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await host.Publish(new Federation.Membership.Contracts.MemberErased("solna", anna));
        await TestHost.Eventually(() => host.In("solna", db => db.MunicipalGroupMembers.AnyAsync().ContinueWith(t => !t.Result)), "the member erased");

        (await host.In("solna", db => db.MunicipalGroupFunctions.CountAsync())).ShouldBe(0);
        (await host.In("solna", db => db.RulesBriefings.CountAsync())).ShouldBe(0);
        (await solna.GetStringAsync(Groups)).ShouldNotContain("Test Anna");
        (await host.In("solna", db => db.MunicipalGroups.SingleAsync())).RulesText.ShouldBe("Gruppmöte varannan måndag.", "the group itself stays");
    }

    private static async Task<int> Reads(HttpClient board, Guid member)
    {
        var log = (await board.GetFromJsonAsync<JsonNode>($"/api/associations/solna/members/{member}/access-log?pageSize=200"))!;
        return log["items"]!.AsArray().Count(e => (string)e!["action"]! == "read" && (string)e["fields"]! == "municipal groups");
    }

    private static async Task<Guid> Official(HttpClient board, string number, string name)
    {
        var id = await board.NewMemberId("solna", number, name, "woman");
        (await board.PostAsJsonAsync("/api/associations/solna/board/elected-officials", new { memberId = id, from = "2024-01-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        return id;
    }

    private static async Task<Guid> Created(Task<HttpResponseMessage> request)
    {
        var response = await request;
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (Guid)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
    }

    private static async Task Refused(Task<HttpResponseMessage> request, string problem)
    {
        var response = await request;
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(problem);
    }

    private static async Task<(decimal, string)> Share(HttpClient board)
    {
        var target = PlanJson.Target((await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!, Informed);
        return (PlanJson.Done(target), (string)target["progress"]!["status"]!);
    }

    private static async Task<List<string>> NotInformed(HttpClient board) =>
        [.. (await board.GetFromJsonAsync<JsonArray>(Groups))!.Single()!["briefings"]!.AsArray().Where(b => !(bool)b!["informed"]!).Select(b => (string)b!["name"]!)];
}
