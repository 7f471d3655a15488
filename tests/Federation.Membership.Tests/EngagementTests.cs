using Federation.Activities.Contracts;
using Federation.Board.Contracts;
using Federation.Membership.Engagement;
using Federation.Membership.Storage;

namespace Federation.Membership.Tests;

/// <summary>A member's history is filled by the other modules' messages, delivered through the bus.</summary>
public sealed class EngagementTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => (host, _) = await MembershipHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Attendance_and_board_roles_arrive_as_history_and_feed_the_never_attended_filter()
    {
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        (await board.AddMember("solna", "9", "Aktiv")).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await board.AddMember("solna", "10", "Passiv")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var page = await board.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/associations/solna/members?q=Aktiv");
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();
        var activity = Guid.NewGuid();

        await host.In("solna", async sp =>
        {
            // Published as the other modules would; delivered by the real outbox and consumers.
            var db = sp.GetRequiredService<MembershipDbContext>();
            db.Publish(new AttendanceRecorded("solna", activity, id, ActivityTypes.Leafleting, new DateOnly(2026, 9, 5), AttendanceOutcome.Attended));
            db.Publish(new AttendanceRecorded("solna", activity, id, ActivityTypes.Leafleting, new DateOnly(2026, 9, 5), AttendanceOutcome.Attended));
            db.Publish(new BoardRoleAssigned("solna", id, BoardFunctions.MemberOfficer, new DateOnly(2026, 3, 1), null));
            db.Publish(new BoardRoleEnded("solna", id, BoardFunctions.MemberOfficer, new DateOnly(2026, 10, 1)));
            await db.SaveChangesAsync();
        });
        await host.Deliver();
        await TestHost.Eventually(async () => (await host.In("solna", sp => sp.GetRequiredService<EngagementHistory>().For(id)))
            .Any(l => l.Until is not null), "the board role and its end arrived");

        var history = await host.In("solna", sp => sp.GetRequiredService<EngagementHistory>().For(id));
        history.ShouldBe([
            new HistoryLine(new DateOnly(2026, 9, 5), null, "activity", ActivityTypes.Leafleting),
            new HistoryLine(new DateOnly(2026, 3, 1), new DateOnly(2026, 10, 1), "board-role", BoardFunctions.MemberOfficer),
        ]);
        var never = await board.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/associations/solna/members?neverAttended=true");
        never.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("lastName").GetString()).ShouldBe(["Passiv"]);
    }

    [Fact]
    public async Task A_correction_is_not_undone_by_an_older_attendance_message_arriving_after_it()
    {
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        (await board.AddMember("solna", "11", "Rättad")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var member = (await board.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/associations/solna/members?q=R%C3%A4ttad"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        var activity = Guid.NewGuid();
        var day = new DateOnly(2026, 9, 5);
        Task Mark(AttendanceOutcome outcome, int revision) => host.In("solna", sp => sp.GetRequiredService<AttendanceHistory>()
            .Handle(new AttendanceRecorded("solna", activity, member, ActivityTypes.Leafleting, day, outcome, revision), CancellationToken.None));
        Task<List<HistoryLine>> History() => host.In("solna", sp => sp.GetRequiredService<EngagementHistory>().For(member));

        await Mark(AttendanceOutcome.NoShow, 2);   // the correction overtook the first message (a retry, say)
        await Mark(AttendanceOutcome.Attended, 1);
        (await History()).ShouldBeEmpty("revision 1 is older than the no-show held");
        (await board.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/associations/solna/members?neverAttended=true&q=R%C3%A4ttad"))
            .GetProperty("total").GetInt32().ShouldBe(1);

        await Mark(AttendanceOutcome.Attended, 3); // corrected back
        (await History()).ShouldBe([new HistoryLine(day, null, "activity", ActivityTypes.Leafleting)]);
    }
}
