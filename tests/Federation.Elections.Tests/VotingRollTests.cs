using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Tests;

/// <summary>The voting roll (röstlängd): codes only to those on it and present, one each, never more
/// votes than people present, changes during the meeting logged, and the roll count in the protocol.</summary>
public sealed class VotingRollTests : IAsyncLifetime
{
    private ElectionsHost h = null!;
    private Guid meeting, chair;

    public async Task InitializeAsync()
    {
        h = await ElectionsHost.Start();
        meeting = await h.Meeting();
        chair = await h.Election(meeting, new { position = "meeting-chair", seats = 1, method = "majority" });
        await h.Candidates(chair, ("Ada Ask", "woman"), ("Bert Bok", "man"));
        await h.Post($"/{chair}/open", new { mode = "digital" });
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    private async Task<Guid> Add(string name, bool present) =>
        (await h.Post($"/meetings/{meeting}/roll", new { name, present }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task Codes_go_only_to_voters_on_the_roll_who_are_present_one_per_person()
    {
        var anna = await Add("Anna Present", present: true);
        var bo = await Add("Bo Absent", present: false);

        Error(await h.Post($"/{chair}/codes", new { voterIds = new[] { bo } }, HttpStatusCode.BadRequest), "voterIds").ShouldBe("Bo Absent is not checked in as present");
        Error(await h.Post($"/{chair}/codes", new { voterIds = new[] { Guid.NewGuid() } }, HttpStatusCode.BadRequest), "voterIds").ShouldContain("is not on this meeting's voting roll");
        (await h.CodesFor(chair, [anna])).Count.ShouldBe(1);
        Error(await h.Post($"/{chair}/codes", new { voterIds = new[] { anna } }, HttpStatusCode.BadRequest), "voterIds").ShouldBe("Anna Present already has a code for this election: one code per person");
        Error(await h.Post($"/{chair}/codes", new { }, HttpStatusCode.BadRequest), "voters").ShouldContain("Alla närvarande i röstlängden har redan en kod");

        // Bo arrives: checking him in is logged; everyone present without a code now gets exactly one.
        await h.Post($"/meetings/{meeting}/roll/{bo}/presence", new { present = true });
        (await h.CodesFor(chair)).Count.ShouldBe(1);
        (await h.Get($"/{chair}")).GetProperty("election").GetProperty("codesIssued").GetInt32().ShouldBe(2);

        // Who received a code is kept, which code is not: the code rows name no voter.
        var (scope, db) = h.Storage();
        await using (scope)
        {
            (await db.CodeIssues.CountAsync()).ShouldBe(2);
            (await db.BallotCodes.CountAsync()).ShouldBe(2);
            typeof(Voting.BallotCode).GetProperties().Select(p => p.Name).ShouldNotContain("VoterId");
        }
        // Someone holding a code stays on the roll.
        Error(await Delete($"/meetings/{meeting}/roll/{anna}"), "voter").ShouldBe("Anna Present har fått en röstkod och står kvar i röstlängden; tryck Har gått i stället.");
    }

    [Fact]
    public async Task Votes_cast_never_exceed_those_present_and_the_refused_code_stays_unused()
    {
        var voters = await h.Roll(meeting, 3);
        var codes = await h.CodesFor(chair, voters);
        await h.Vote(chair, codes[0], 1);
        // Two leave the meeting with their codes; one vote is cast, one person is present: no more votes.
        await h.Post($"/meetings/{meeting}/roll/{voters[1]}/presence", new { present = false });
        await h.Post($"/meetings/{meeting}/roll/{voters[2]}/presence", new { present = false });
        Error(await h.Post($"/{chair}/ballots", new { code = codes[1], preferences = new[] { 2 } }, HttpStatusCode.BadRequest), "code")
            .ShouldBe("1 röster är lagda och 1 röstberättigade är närvarande: fler röster kan inte läggas.");
        var (scope, db) = h.Storage();
        await using (scope)
        {
            (await db.SecretBallots.CountAsync()).ShouldBe(1);
            (await db.BallotCodes.CountAsync(c => c.Used)).ShouldBe(1);
        }
        // One comes back: their vote counts again.
        await h.Post($"/meetings/{meeting}/roll/{voters[1]}/presence", new { present = true });
        await h.Vote(chair, codes[1], 2);
    }

    [Fact]
    public async Task A_paper_pile_larger_than_those_present_is_refused()
    {
        var auditors = await h.Election(meeting, new { position = "auditors", seats = 1, method = "plurality" });
        await h.Candidates(auditors, ("Cy", "man"), ("Di", "woman"));
        await h.Post($"/{auditors}/open", new { mode = "paper" });
        await h.Roll(meeting, 1);
        var pile = new { papers = new[] { new { preferences = new[] { 1 }, invalid = false }, new { preferences = new[] { 2 }, invalid = false } } };
        Error(await h.Put($"/{auditors}/piles/Kim", pile, HttpStatusCode.BadRequest), "papers")
            .ShouldBe("Högen har 2 valsedlar men 1 röstande är närvarande i röstlängden: det kan inte finnas fler valsedlar än närvarande röstande.");
    }

    [Fact]
    public async Task Members_come_from_the_register_and_the_protocol_states_the_roll_count()
    {
        var added = await h.Board.AddMember("solna", "R-1", "Registersson");
        var member = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var onRoll = await h.Post($"/meetings/{meeting}/roll", new { memberId = member, present = true }, HttpStatusCode.Created);
        onRoll.GetProperty("name").GetString().ShouldBe("Test Registersson");
        Error(await h.Post($"/meetings/{meeting}/roll", new { memberId = member, present = true }, HttpStatusCode.BadRequest), "memberId")
            .ShouldBe("Test Registersson står redan i röstlängden.");
        Error(await h.Post($"/meetings/{meeting}/roll", new { memberId = Guid.NewGuid() }, HttpStatusCode.BadRequest), "memberId").ShouldContain("ingen medlem");
        Error(await h.Post($"/meetings/{meeting}/roll", new { name = " " }, HttpStatusCode.BadRequest), "name").ShouldBe("Ange väljarens namn.");
        await Add("Gäst Utan Kod", present: false);

        var code = (await h.CodesFor(chair))[0];
        await h.Vote(chair, code, 1);
        await h.Post($"/{chair}/conclude", new { seed = 1 });
        var html = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"{h.Api}/{chair}/protocol"));
        html.ShouldContain("<td class=\"roll-eligible\">2</td>");
        html.ShouldContain("<td class=\"roll-present\">1</td>");
        html.ShouldContain("<td class=\"codes-issued\">1</td>");

        var roll = await h.Get($"/meetings/{meeting}/roll");
        (roll.GetProperty("eligible").GetInt32(), roll.GetProperty("present").GetInt32()).ShouldBe((2, 1));
    }

    [Fact]
    public async Task The_roll_page_checks_people_in_and_out_and_logs_each_change_with_who_made_it()
    {
        var url = $"/a/solna/elections/meetings/{meeting}/roll";
        var page = await ElectionsHost.FormPost(h.Board, url, "by-hand", new() { ["Entry.Name"] = "Cecilia Sen", ["Entry.Present"] = "true" });
        page.ShouldContain("<strong>1</strong> röstberättigade · <strong>1</strong> närvarande");
        var cecilia = (await h.Get($"/meetings/{meeting}/roll")).GetProperty("voters")[0].GetProperty("id").GetGuid();

        page = await ElectionsHost.FormPost(h.Board, url, $"presence-{cecilia}", []);
        page.ShouldContain("<strong>1</strong> röstberättigade · <strong>0</strong> närvarande");
        page.ShouldContain("Cecilia Sen lämnade mötet");
        page.ShouldContain("Cecilia Sen lades till i röstlängden och är närvarande");
        page.ShouldContain("styrelse <styrelse@solna.test>");

        // The codes page offers codes only to those present.
        (await h.Board.GetStringAsync($"/a/solna/elections/{chair}/codes")).ShouldContain("Alla närvarande i röstlängden har fått en kod");
        await h.Post($"/meetings/{meeting}/roll/{cecilia}/presence", new { present = true });
        var codes = await ElectionsHost.FormPost(h.Board, $"/a/solna/elections/{chair}/codes", $"code-{cecilia}", []);
        codes.ShouldContain("Kod till Cecilia Sen");
        System.Text.RegularExpressions.Regex.Matches(codes, "<code class=\"code\"").Count.ShouldBe(1);
        (await h.Get($"/meetings/{meeting}/log")).GetArrayLength().ShouldBe(3);
    }

    private async Task<JsonElement> Delete(string path)
    {
        var response = await h.Board.DeleteAsync(h.Api + path);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

/// <summary>The roll built in bulk: the whole register at once, then the attendance list read at the door.</summary>
public sealed class VotingRollInBulkTests : IAsyncLifetime
{
    private ElectionsHost h = null!;
    private Guid meeting;

    public async Task InitializeAsync()
    {
        h = await ElectionsHost.Start();
        meeting = await h.Meeting();
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task The_register_goes_on_the_roll_at_once_and_the_attendance_list_checks_people_in_with_each_arrival_logged()
    {
        await h.Board.NewMemberId("solna", "R-1001", "Ek");
        await h.Board.NewMemberId("solna", "R-1002", "Gran");
        var before = (await h.Get($"/meetings/{meeting}/roll")).GetProperty("eligible").GetInt32();

        var added = (await h.Post($"/meetings/{meeting}/roll/register", new { })).GetProperty("added").GetInt32();
        added.ShouldBeGreaterThanOrEqualTo(2);
        (await h.Post($"/meetings/{meeting}/roll/register", new { })).GetProperty("added").GetInt32().ShouldBe(0, "those on the roll are not added twice");
        await h.Post($"/meetings/{meeting}/roll", new { name = "Gäst Utan Nummer", present = false }, HttpStatusCode.Created);

        var result = await h.Post($"/meetings/{meeting}/roll/attendance", new { lines = "R-1001\r\ngäst utan nummer\nNågon Okänd\n\nR-1001" });
        result.GetProperty("checkedIn").GetInt32().ShouldBe(2);
        result.GetProperty("unmatched").EnumerateArray().Select(u => u.GetString()).ShouldBe(["Någon Okänd"]);

        var roll = await h.Get($"/meetings/{meeting}/roll");
        roll.GetProperty("eligible").GetInt32().ShouldBe(before + added + 1);
        roll.GetProperty("present").GetInt32().ShouldBe(2);
        var log = (await h.Get($"/meetings/{meeting}/log")).EnumerateArray().Select(l => l.GetProperty("text").GetString()).ToList();
        log.ShouldContain($"{added} medlemmar ur medlemsregistret lades till i röstlängden");
        log.ShouldContain("Test Ek är närvarande");
        log.ShouldContain("Gäst Utan Nummer är närvarande");
        (await h.Get($"/meetings/{meeting}/log")).EnumerateArray().ShouldAllBe(l => l.GetProperty("by").GetString()!.Contains("styrelse@solna.test"));
    }
}
