using System.Net;

namespace Federation.Board.Tests;

/// <summary>
/// "Nya förtroendevalda bokas in på introduktionssamtal med gruppledare" (Solna 2024): new officials wait, are booked,
/// the talk is marked held, and the plan counts the share booked.
/// </summary>
public sealed class IntroductionTalkTests
{
    private static readonly DateTimeOffset May2024 = new(2024, 5, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_new_official_waits_for_a_talk_is_booked_with_a_group_leader_and_the_plan_counts_the_share_booked()
    {
        await using var host = await BoardHost.Start(May2024);
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var anna = await board.NewMemberId("solna", "I-1", "Anna", "woman");
        var bo = await board.NewMemberId("solna", "I-2", "Bo", "man");
        var cia = await board.NewMemberId("solna", "I-3", "Cia", "woman");
        (await board.PostAsJsonAsync("/api/associations/solna/board/elected-officials", new { memberId = anna, from = "2024-03-01" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Bo has been on the board since 2022: not new.
        (await board.PostAsJsonAsync("/api/associations/solna/board/roles", new { memberId = bo, role = "chair", from = "2022-02-20" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await board.PostAsJsonAsync("/api/associations/solna/board/roles", new { memberId = cia, role = "member", from = "2024-02-20" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var waiting = (await board.GetFromJsonAsync<JsonArray>("/api/associations/solna/board/introductions"))!;
        waiting.Select(w => ((string)w!["name"]!, (string)w["status"]!)).ShouldBe([("Test Cia", "waiting"), ("Test Anna", "waiting")], ignoreOrder: true);
        Share(await Plan(board)).ShouldBe((0m, "red"));

        var noLeader = await board.PostAsJsonAsync($"/api/associations/solna/board/introductions/{anna}/book", new { on = "2024-05-10" });
        noLeader.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noLeader.Content.ReadAsStringAsync()).ShouldContain("Ange vilken gruppledare som håller samtalet.");
        (await board.PostAsJsonAsync($"/api/associations/solna/board/introductions/{bo}/book", new { on = "2024-05-10", groupLeader = "Gruppledaren" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await board.PostAsJsonAsync($"/api/associations/solna/board/introductions/{cia}/held", new { on = "2024-05-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a talk nobody booked cannot be marked held");
        (await board.PostAsJsonAsync($"/api/associations/solna/board/introductions/{anna}/book", new { on = "2024-05-10", groupLeader = "Gruppledaren" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.PostAsJsonAsync($"/api/associations/solna/board/introductions/{anna}/held", new { on = "2024-05-10" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "not in advance");
        Share(await Plan(board)).ShouldBe((50m, "red"));

        host.Clock.Advance(TimeSpan.FromDays(10));
        (await board.PostAsJsonAsync($"/api/associations/solna/board/introductions/{anna}/held", new { on = "2024-05-10" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = (await board.GetFromJsonAsync<JsonArray>("/api/associations/solna/board/introductions"))!;
        list.Single(w => (Guid)w!["memberId"]! == anna)!["status"]!.GetValue<string>().ShouldBe("held");
        var page = WebUtility.HtmlDecode(await board.GetStringAsync("/a/solna/board/introductions"));
        page.ShouldContain("Hållet 2024-05-10 med Gruppledaren");
        page.ShouldContain("1 väntar på att bokas");
        WebUtility.HtmlDecode(await board.GetStringAsync("/a/solna/board")).ShouldContain("1 nya förtroendevalda väntar på att bokas in på introduktionssamtal");

        (await board.PostAsJsonAsync($"/api/associations/solna/board/introductions/{cia}/book", new { on = "2024-05-20", groupLeader = "Gruppledaren" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        Share(await Plan(board)).ShouldBe((100m, "green"));
    }

    [Fact]
    public async Task Members_cannot_see_who_waits_for_an_introduction_talk()
    {
        await using var host = await BoardHost.Start(May2024);
        var member = host.Host.Client(await host.Host.TokenFor("medlem@solna.test", "solna", "member"));
        (await member.GetAsync("/api/associations/solna/board/introductions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonNode> Plan(HttpClient board) => (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;

    private static (decimal, string) Share(JsonNode plan)
    {
        var target = PlanJson.Target(plan, "Nya förtroendevalda bokas in på introduktionssamtal med gruppledare");
        return (PlanJson.Done(target), (string)target["progress"]!["status"]!);
    }
}
