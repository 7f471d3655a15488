using Federation.Activities.Contracts;
using Federation.Membership.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Tests;

/// <summary>Meetings arrive from the calendar; an erased member's speaker entries stay in the statistics, anonymous.</summary>
public sealed class MessageHandlerTests
{
    [Fact]
    public async Task A_meeting_scheduled_in_the_calendar_becomes_a_linked_meeting_once_and_other_activities_do_not()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 1, 10, 0, 0, TimeSpan.Zero));
        var activity = Guid.NewGuid();
        var scheduled = new ActivityScheduled("solna", activity, ActivityTypes.AnnualMeeting, "Årsmöte 2024",
            new DateTimeOffset(2024, 2, 24, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2024, 2, 25, 2, 0, 0, TimeSpan.Zero), null, false, null, true);
        await host.Publish(scheduled);
        await host.Publish(scheduled with { });
        await host.Publish(new ActivityScheduled("solna", Guid.NewGuid(), ActivityTypes.Leafleting, "Flygblad",
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1), null, false, null, false));
        await host.Host.Deliver();

        var meeting = await host.In("solna", db => db.Meetings.SingleAsync());
        (meeting.ActivityId, meeting.Kind, meeting.Title).ShouldBe((activity, ActivityTypes.AnnualMeeting, "Årsmöte 2024"));
        meeting.Date.ShouldBe(new DateOnly(2024, 2, 25), "00:30 in Stockholm is the next day");
    }

    [Fact]
    public async Task A_moved_meeting_moves_here_and_a_cancelled_one_goes_unless_something_was_written_in_it()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 1, 10, 0, 0, TimeSpan.Zero));
        var (moved, empty, used) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var start = new DateTimeOffset(2024, 5, 14, 16, 0, 0, TimeSpan.Zero);
        foreach (var id in new[] { moved, empty, used })
            await host.Publish(new ActivityScheduled("solna", id, ActivityTypes.MemberMeeting, "Medlemsmöte", start, start.AddHours(2), null, false, null, true));
        await host.Host.Deliver();
        var usedMeeting = await host.In("solna", db => db.Meetings.SingleAsync(m => m.ActivityId == used));
        await MinutesTests.Post(await host.Board(), $"/api/associations/solna/meetings/{usedMeeting.Id}/speakers", new { name = "Gäst", gender = "woman" });

        await host.Publish(new ActivityChanged("solna", moved, ActivityTypes.MemberMeeting, "Medlemsmöte om valet", start.AddDays(7), start.AddDays(7).AddHours(2), null, false, true));
        await host.Publish(new ActivityCancelled("solna", empty, ActivityTypes.MemberMeeting, start));
        await host.Publish(new ActivityCancelled("solna", used, ActivityTypes.MemberMeeting, start));
        await host.Host.Deliver();

        var meetings = await host.In("solna", db => db.Meetings.ToListAsync());
        meetings.Select(m => m.ActivityId).ShouldBe([moved, used], ignoreOrder: true);
        var movedMeeting = meetings.Single(m => m.ActivityId == moved);
        (movedMeeting.Title, movedMeeting.Date).ShouldBe(("Medlemsmöte om valet", new DateOnly(2024, 5, 21)));
    }

    [Fact]
    public async Task A_late_older_attendance_message_does_not_undo_a_correction()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 1, 10, 0, 0, TimeSpan.Zero));
        var (activity, member) = (Guid.NewGuid(), Guid.NewGuid());
        var date = new DateOnly(2024, 3, 9);
        await host.Publish(new AttendanceRecorded("solna", activity, member, ActivityTypes.Leafleting, date, AttendanceOutcome.Attended, 2));
        await host.Publish(new ActivityHeld("solna", activity, ActivityTypes.Leafleting, date, null, null, false, 1, 0, 2));
        await host.Host.Deliver();
        await host.Publish(new AttendanceRecorded("solna", activity, member, ActivityTypes.Leafleting, date, AttendanceOutcome.NoShow, 1));
        await host.Publish(new ActivityHeld("solna", activity, ActivityTypes.Leafleting, date.AddDays(-1), null, null, false, 0, 1, 1));
        await host.Host.Deliver();

        (await host.In("solna", db => db.Attendances.SingleAsync())).Attended.ShouldBeTrue("revision 2 said attended");
        (await host.In("solna", db => db.HeldActivities.SingleAsync())).Date.ShouldBe(date);
    }

    [Fact]
    public async Task An_erased_member_leaves_no_name_but_the_statistics_keep_their_time_and_gender()
    {
        await using var host = await BoardHost.Start(new DateTimeOffset(2024, 4, 17, 18, 0, 0, TimeSpan.Zero));
        var board = await host.Board();
        var meeting = await MinutesTests.Create(board, "2024-04-17");
        var api = $"/api/associations/solna/meetings/{meeting}/speakers";
        var anna = Guid.NewGuid();
        await MinutesTests.Post(board, api, new { memberId = anna, name = "Anna Hemlig", gender = "woman" });
        await MinutesTests.Post(board, api, new { memberId = anna, name = "Anna Hemlig", gender = "woman", type = "reply" });
        await board.PostAsync($"{api}/start", null);
        host.Clock.Advance(TimeSpan.FromSeconds(60));
        await board.PostAsync($"{api}/next", null);
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        await board.PostAsync($"{api}/stop", null);

        await host.Publish(new MemberErased("solna", anna));
        await TestHost.Eventually(() => host.In("solna", db => db.Contributions.AllAsync(c => c.MemberId == null)), "the member erased");

        (await board.GetStringAsync(api)).ShouldNotContain("Hemlig");
        var stats = (await board.GetFromJsonAsync<JsonNode>($"/api/associations/solna/meetings/{meeting}/statistics"))!;
        ((int)stats["speakers"]!, (int)stats["contributions"]!, (int)stats["seconds"]!).ShouldBe((1, 2, 90));
    }
}
