using System.Text.Json;
using Federation.Communications.Domain;
using Federation.Communications.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Tests;

/// <summary>A series' rhythm: when the next issue is due, its draft, the start page's reminder, and scheduled sends with nobody present.</summary>
public sealed class SeriesRhythmTests
{
    [Fact]
    public async Task A_monthly_series_is_due_a_month_after_its_last_issue_with_a_draft_a_week_before_and_a_task_on_the_start_page()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var comms = await CommsHost.Start(clock: clock);
        await comms.Member("1", "Åsa", "asa@exempel.se");
        var series = await comms.Series("På gång", "monthly");
        var due = comms.Host.Services.GetRequiredService<DueWork>();

        await due.RunOnce();
        await due.RunOnce(); // twice: still one draft
        var first = (await Drafts(comms, series)).ShouldHaveSingleItem();
        first.Subject.ShouldBe("På gång mars 2026");
        (await SeriesJson(comms, series)).GetProperty("nextDue").GetString().ShouldBe("2026-03-02");
        var home = await comms.Board.GetStringAsync("/a/solna");
        home.ShouldContain("Nästa nummer av På gång ska ut 2026-03-02");
        home.ShouldContain($"communications/newsletters/{first.Id}");

        (await comms.Board.PutAsJsonAsync($"/api/associations/solna/communications/newsletters/{first.Id}",
            new { seriesId = series, subject = "På gång i mars", body = "Hej {{förnamn}}! Vårens möten." })).IsSuccessStatusCode.ShouldBeTrue();
        (await comms.Board.PostAsync($"/api/associations/solna/communications/newsletters/{first.Id}/send", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await SeriesJson(comms, series)).GetProperty("nextDue").GetString().ShouldBe("2026-04-02");
        (await comms.Board.GetStringAsync("/a/solna")).ShouldNotContain("Nästa nummer av På gång");

        clock.Now = new DateTimeOffset(2026, 3, 25, 9, 0, 0, TimeSpan.Zero); // more than a week before: no draft yet
        await due.RunOnce();
        (await Drafts(comms, series)).ShouldBeEmpty();
        clock.Now = new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.Zero);
        await due.RunOnce();
        var second = (await Drafts(comms, series)).ShouldHaveSingleItem();
        second.Subject.ShouldBe("På gång april 2026");
        second.Body.ShouldBe("Hej {{förnamn}}! Vårens möten."); // the last issue's text to start from
        (await comms.Board.GetStringAsync($"/a/solna/communications/series/{series}")).ShouldContain("Nästa nummer ska ut 2026-04-02");
    }

    [Fact]
    public async Task A_series_before_each_member_meeting_is_due_a_week_before_the_next_meeting_that_has_no_issue()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
        await using var comms = await CommsHost.Start(clock: clock);
        var series = await comms.Series("Tips inför", "before-member-meeting");
        (await SeriesJson(comms, series)).TryGetProperty("nextDue", out var none).ShouldBeTrue();
        none.ValueKind.ShouldBe(JsonValueKind.Null); // no meeting planned: nothing due

        await comms.Activity("member-meeting", "Medlemsmöte om budgeten", new DateTimeOffset(2026, 9, 24, 16, 0, 0, TimeSpan.Zero));
        var json = await SeriesJson(comms, series);
        json.GetProperty("nextDue").GetString().ShouldBe("2026-09-17");
        json.GetProperty("dueReason").GetString().ShouldBe("inför Medlemsmöte om budgeten 24 september");

        var due = comms.Host.Services.GetRequiredService<DueWork>();
        await due.RunOnce();
        (await Drafts(comms, series)).ShouldBeEmpty(); // 16 days ahead
        clock.Now = new DateTimeOffset(2026, 9, 10, 9, 0, 0, TimeSpan.Zero);
        await due.RunOnce();
        var draft = (await Drafts(comms, series)).ShouldHaveSingleItem();
        (await comms.Board.PostAsJsonAsync($"/api/associations/solna/communications/newsletters/{draft.Id}/schedule",
            new { at = new DateTime(2026, 9, 17, 7, 0, 0, DateTimeKind.Utc) })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await SeriesJson(comms, series)).GetProperty("nextDue").ValueKind.ShouldBe(JsonValueKind.Null); // the meeting has its issue
    }

    [Fact]
    public async Task A_scheduled_newsletter_goes_out_at_its_time_after_a_restart_with_nobody_present()
    {
        var data = TestHost.NewDataDirectory();
        var clock = new ManualClock(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
        var port = HostProcess.FreePort();
        Guid series, id;
        await using (var before = await CommsHost.Start(clock: clock, dataDirectory: data, smtpPort: port))
        {
            await before.Member("1", "Åsa", "asa@exempel.se");
            series = await before.Series("På gång", "monthly");
            id = await before.Draft(series, "Hej {{förnamn}}!", "Maj");
            (await before.Board.PostAsJsonAsync($"/api/associations/solna/communications/newsletters/{id}/schedule",
                new { at = new DateTime(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc) })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        clock.Now = new DateTimeOffset(2026, 5, 4, 10, 0, 30, TimeSpan.Zero);
        await using var after = await CommsHost.Start(b => b.Configuration["Communications:DueEvery"] = "00:00:00.200",
            clock: clock, dataDirectory: data, smtpPort: port);
        (await after.Smtp.WaitFor(1)).ShouldHaveSingleItem(); // nobody calls anything: the host's own timer sends it
        after.Received().Single().Subject.ShouldBe("Maj");
        await after.Host.Deliver();
        (await after.Board.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/mailings/{id}")).GetProperty("sent").GetInt32().ShouldBe(1);
        TestHost.TryDelete(data);
    }

    private static async Task<JsonElement> SeriesJson(CommsHost comms, Guid id) =>
        (await comms.Board.GetFromJsonAsync<JsonElement>("/api/associations/solna/communications/series")).EnumerateArray()
            .Single(s => s.GetProperty("id").GetGuid() == id);

    private static Task<List<Mailing>> Drafts(CommsHost comms, Guid series) =>
        comms.In("solna", sp => sp.GetRequiredService<CommunicationsDbContext>().Mailings.AsNoTracking()
            .Where(m => m.SeriesId == series && m.Status == MailingStatuses.Draft).ToListAsync());
}
