using System.Text.Json;
using Federation.Communications.Contracts;

namespace Federation.Communications.Tests;

/// <summary>What communications sent and logged feeds the activity plan's targets (issue 16): nobody types the figures in.</summary>
public sealed class PlanFigureTests
{
    [Fact]
    public async Task Sms_before_member_meetings_printed_letters_and_newsletter_issues_are_counted_for_the_plan()
    {
        var clock = new ManualClock(new DateTimeOffset(2024, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var elks = await FakeElks.Start();
        await using var comms = await CommsHost.Start(b =>
        {
            elks.Configure(b);
        }, clock: clock);
        await comms.Member("1", "Åsa", "asa@exempel.se", phone: "0701112233", contactBySms: true);
        await comms.Member("2", "Bo", null, nonDigital: true, street: "Lillgatan 2", postalCode: "17142", city: "Solna");
        (await comms.Board.PostAsJsonAsync("/api/associations/solna/plans", new { year = 2024 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        async Task<JsonElement> Target(string text) =>
            (await comms.Board.GetFromJsonAsync<JsonElement>("/api/associations/solna/plans/2024")).GetProperty("pillars").EnumerateArray()
                .SelectMany(p => p.GetProperty("goals").EnumerateArray()).SelectMany(g => g.GetProperty("targets").EnumerateArray())
                .Single(t => t.GetProperty("text").GetString() == text).GetProperty("progress");
        (await Target("Ett fysiskt medlemsblad per termin")).GetProperty("done").GetDecimal().ShouldBe(0);

        await comms.Activity("member-meeting", "Medlemsmöte i september", new DateTimeOffset(2024, 9, 3, 16, 0, 0, TimeSpan.Zero));
        await comms.Activity("member-meeting", "Medlemsmöte om valet", new DateTimeOffset(2024, 9, 10, 16, 0, 0, TimeSpan.Zero));
        (await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/sms", new { text = "Medlemsmöte på torsdag!" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await comms.Host.Deliver();
        elks.Received.Count.ShouldBe(1);
        (await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/letters",
            new { semester = "2024 HT", subject = "Medlemsbladet", body = "Hej {{förnamn}}!" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        clock.Now = new DateTimeOffset(2024, 9, 12, 8, 0, 0, TimeSpan.Zero); // both meetings held; an SMS came before the first only
        var sms = await Target("Sms inför medlemsmötena");
        (sms.GetProperty("source").GetString(), sms.GetProperty("done").GetDecimal()).ShouldBe(("measured", 50m));
        var letter = await Target("Ett fysiskt medlemsblad per termin");
        (letter.GetProperty("source").GetString(), letter.GetProperty("done").GetDecimal()).ShouldBe(("measured", 1m));

        var issue = await comms.Draft(await comms.Series("På gång"), "Hej!", "September");
        (await comms.Board.PostAsync($"/api/associations/solna/communications/newsletters/{issue}/send", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await comms.Host.Deliver();
        var events = await comms.In("solna", sp => sp.GetRequiredService<ICommunicationStatistics>().Between(new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 30)));
        events.ShouldBe([
            new(new DateOnly(2024, 9, 1), CommunicationEvents.SmsSend), new(new DateOnly(2024, 9, 1), CommunicationEvents.PrintedLetter),
            new(new DateOnly(2024, 9, 12), CommunicationEvents.NewsletterIssue)], ignoreOrder: true);
    }
}
