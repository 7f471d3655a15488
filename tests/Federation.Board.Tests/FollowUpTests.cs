namespace Federation.Board.Tests;

/// <summary>Follow-ups of the plan (uppföljning) and the reminder when one is due.</summary>
public sealed class FollowUpTests
{
    [Fact]
    public async Task Solna_2024_is_reminded_after_half_the_year_without_a_follow_up_until_one_is_recorded()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 7, 10, 10, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        (await board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        ((int)plan["followUp"]!["perYear"]!, (int)plan["followUp"]!["dueByNow"]!, (bool)plan["followUp"]!["due"]!).ShouldBe((2, 1, true));

        var goal = (string)plan["pillars"]![0]!["goals"]![0]!["id"]!;
        var unknownGoal = await board.PostAsJsonAsync("/api/associations/solna/plans/2024/follow-ups",
            new { heldOn = "2024-07-01", comments = new[] { new { goalId = Guid.NewGuid(), text = "?" } } });
        unknownGoal.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await board.PostAsJsonAsync("/api/associations/solna/plans/2024/follow-ups",
            new { heldOn = "2024-07-01", note = "Halvårsuppföljning", comments = new[] { new { goalId = goal, text = "Alla nya har fått sms." } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        plan = (await board.GetFromJsonAsync<JsonNode>("/api/associations/solna/plans/2024"))!;
        ((int)plan["followUp"]!["recorded"]!, (bool)plan["followUp"]!["due"]!).ShouldBe((1, false));
        var counted = PlanJson.Target(plan, "Styrelsen följer upp målsättningar minst 2 gånger per år")["progress"]!;
        ((decimal)counted["done"]!, (string)counted["status"]!).ShouldBe((1m, "green"));
    }
}
