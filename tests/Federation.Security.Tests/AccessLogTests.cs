using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.Security.Tests;

/// <summary>
/// Issue 15, item 6: every list that shows members' personal data — in the API and on the pages — is a logged
/// read: one entry per member shown and request (written together), naming the list, never none.
/// </summary>
public sealed class AccessLogTests : IAsyncLifetime
{
    private const string Api = "/api/associations/solna";

    private TestHost host = null!;
    private HttpClient board = null!;
    private Guid member, activity, meeting, rollMeeting;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        member = await Created.Id(board.PostAsJsonAsync($"{Api}/members", new
        {
            memberNumber = "L-1", firstName = "Lova", lastName = "Loggsson", email = "lova@exempel.se", phone = "0701112233",
            joinedOn = DateTime.Today.ToString("yyyy-MM-dd"),
        }));
        await host.Deliver(); // the onboarding checklist starts
        var calls = await Created.Id(board.PostAsJsonAsync($"{Api}/calls", new { title = "Ring nya", filter = new { q = "Loggsson" } }));
        await Created.CallReached(board, Api, calls, needsOfficer: true);
        activity = await Created.Id(board.PostAsJsonAsync($"{Api}/activities", new
        {
            type = "member-meeting", title = "Medlemsmöte", start = "2027-02-10T18:30", end = "2027-02-10T20:30", place = "ABF",
        }));
        (await board.PostAsJsonAsync($"{Api}/activities/{activity}/signups", new { memberId = member })).EnsureSuccessStatusCode();
        meeting = await Created.Id(board.PostAsJsonAsync($"{Api}/meetings", new { kind = "member-meeting", title = "Medlemsmöte", date = "2027-02-10" }));
        (await board.PostAsJsonAsync($"{Api}/meetings/{meeting}/speakers", new { memberId = member, name = "Lova Loggsson", gender = "woman" }))
            .EnsureSuccessStatusCode();
        rollMeeting = await Created.Id(board.PostAsJsonAsync($"{Api}/elections/meetings", new { title = "Årsmöte", heldOn = "2027-03-14" }));
        (await board.PostAsJsonAsync($"{Api}/elections/meetings/{rollMeeting}/roll", new { memberId = member, present = true })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("{api}/members", "member list")]
    [InlineData("/a/solna/members", "member list")]
    [InlineData("{api}/members?q=Loggsson", "member search")]
    [InlineData("/a/solna/members?q=Loggsson", "member search")]
    [InlineData("{api}/calls/needs-officer", "needs-officer list")]
    [InlineData("/a/solna/calls/needs-officer", "needs-officer list")]
    [InlineData("{api}/onboarding", "onboarding list")]
    [InlineData("/a/solna/onboarding", "onboarding list")]
    [InlineData("{api}/activities/{activity}/signups", "sign-up list")]
    [InlineData("/a/solna/activities/{activity}", "sign-up list")]
    [InlineData("{api}/meetings/{meeting}/speakers", "speaker list")]
    [InlineData("/a/solna/meetings/{meeting}", "speaker list")]
    [InlineData("{api}/elections/meetings/{roll}/roll", "voting roll")]
    [InlineData("/a/solna/elections/meetings/{roll}/roll", "voting roll")]
    public async Task A_list_showing_members_logs_one_read_per_member_naming_the_list(string path, string list)
    {
        var url = path.Replace("{api}", Api).Replace("{activity}", $"{activity}").Replace("{meeting}", $"{meeting}").Replace("{roll}", $"{rollMeeting}");
        var before = await Reads(list);

        var page = await board.GetStringAsync(url);

        page.ShouldContain("Loggsson", Case.Sensitive, "the list shows her");
        (await Reads(list)).ShouldBe(before + 1, $"one entry for her, naming the {list}");
    }

    private async Task<int> Reads(string list)
    {
        var log = JsonDocument.Parse(await board.GetStringAsync($"{Api}/members/{member}/access-log?pageSize=200")).RootElement;
        return log.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("action").GetString() == "read" && e.GetProperty("fields").GetString() == list);
    }
}
