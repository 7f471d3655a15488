using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.TestSupport;

namespace Federation.Elections.Tests;

/// <summary>Candidates answer their nomination themselves, signed in as the nominated member, or the
/// nomination committee records the answer for them (logged); only those who accept are on the ballot.</summary>
public sealed class CandidateAnswerTests : IAsyncLifetime
{
    private ElectionsHost h = null!;

    public async Task InitializeAsync() => h = await ElectionsHost.Start();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private async Task<Guid> Member(string number, string last)
    {
        var added = await h.Board.AddMember("solna", number, last);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Someone_nominated_from_the_floor_by_name_is_linked_to_the_one_member_of_that_name_so_once_elected_they_count_as_an_official()
    {
        var member = await Member("flr1", "Golvsson");
        await Member("tw1", "Tvilling");
        await Member("tw2", "Tvilling");
        var meeting = await h.Meeting();
        var chair = await h.Election(meeting, new { position = "chair", seats = 1, method = "irv" });
        await h.Post($"/{chair}/floor-nominations", new { name = "test golvsson", gender = "not-stated", accepted = true }, HttpStatusCode.Created);
        await h.Post($"/{chair}/floor-nominations", new { name = "Test Tvilling", gender = "man", accepted = true }, HttpStatusCode.Created);
        await h.Post($"/{chair}/floor-nominations", new { name = "Gäst Utifrån", gender = "woman", accepted = true }, HttpStatusCode.Created);

        var candidates = (await h.Get($"/{chair}")).GetProperty("candidates").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString(), c.GetProperty("memberId").ValueKind == JsonValueKind.Null ? (Guid?)null : c.GetProperty("memberId").GetGuid()))
            .ToList();
        // The one Golvsson is linked (the register's spelling); two members share "Test Tvilling", so nobody is guessed.
        candidates.ShouldBe([("Test Golvsson", member), ("Test Tvilling", null), ("Gäst Utifrån", null)], ignoreOrder: true);
    }

    [Fact]
    public async Task The_nominated_member_answers_on_the_election_page_others_cannot_and_the_committees_answers_are_logged()
    {
        var member = await Member("nom1", "Nominerad");
        var otherMember = await Member("oth1", "Annan");
        var nominee = h.Host.Client(await h.Host.TokenFor("nom1@exempel.se", "solna", "member"));
        var other = h.Host.Client(await h.Host.TokenFor("oth1@exempel.se", "solna", "member"));
        await h.Host.Link("nom1@exempel.se", "solna", member);
        await h.Host.Link("oth1@exempel.se", "solna", otherMember);
        var meeting = await h.Meeting();
        var chair = await h.Election(meeting, new { position = "chair", seats = 1, method = "irv" });
        var own = (await h.Post($"/{chair}/proposals", new { memberId = member, motivation = "Har lett studiecirklar.", proposalRank = 1 }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var guest = (await h.Post($"/{chair}/proposals", new { name = "Gäst Person", gender = "man", motivation = "Erfaren.", proposalRank = 2 }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Someone else's nomination, or one without a member record, is not yours to answer.
        (await other.PostAsJsonAsync($"{h.Api}/{chair}/candidates/{own}/own-answer", new { accepted = false })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await nominee.PostAsJsonAsync($"{h.Api}/{chair}/candidates/{guest}/own-answer", new { accepted = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetStringAsync($"/a/solna/elections/{chair}")).ShouldNotContain("Du är nominerad");

        // Signed in as the nominated member, the election page asks and takes the answer.
        var url = $"/a/solna/elections/{chair}";
        (await nominee.GetStringAsync(url)).ShouldContain("Du är nominerad");
        var page = await ElectionsHost.FormPost(nominee, url, $"own-{own}", new() { ["Reply.Accepted"] = "true", ["Reply.Presentation"] = "Jag vill leda föreningen." });
        page.ShouldContain("Tack! Du står nu på listan över kandidater.");
        page.ShouldContain("ställer upp (svarade själv)");
        page.ShouldContain("Jag vill leda föreningen.");

        // The committee records the guest's answer on their behalf; the log keeps who did it.
        var declined = await h.Post($"/{chair}/candidates/{guest}/answer", new { accepted = false });
        declined.GetProperty("answeredBy").GetString().ShouldBe("styrelse <styrelse@solna.test>");
        var log = (await h.Get($"/meetings/{meeting}/log")).EnumerateArray().Select(l => (l.GetProperty("text").GetString(), l.GetProperty("by").GetString())).ToList();
        log.ShouldContain(("Test Nominerad svarade själv: ställer upp (Ordförande)", "nom1 <nom1@exempel.se>"));
        log.ShouldContain(("Gäst Person avböjer (Ordförande), registrerat för kandidatens räkning", "styrelse <styrelse@solna.test>"));
        WebUtility.HtmlDecode(await h.Board.GetStringAsync(url)).ShouldContain("avböjer (registrerat av styrelse <styrelse@solna.test>)");

        // Only the accepted candidate is on the ballot.
        await h.Post($"/{chair}/open", new { mode = "paper" });
        var candidates = (await h.Get($"/{chair}")).GetProperty("candidates").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString(), c.GetProperty("ballotNumber").ValueKind == JsonValueKind.Number)).ToList();
        candidates.ShouldBe([("Test Nominerad", true), ("Gäst Person", false)]);
        // Once voting is open, answers no longer change.
        (await nominee.PostAsJsonAsync($"{h.Api}/{chair}/candidates/{own}/own-answer", new { accepted = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_secretary_enters_a_floor_nomination_on_the_manage_page_asked_there_and_then()
    {
        var meeting = await h.Meeting();
        var auditors = await h.Election(meeting, new { position = "auditors", seats = 2, method = "approval" });
        var page = await ElectionsHost.FormPost(h.Board, $"/a/solna/elections/{auditors}/manage", "floor",
            new() { ["Proposal.Name"] = "Golv Nominerad", ["Proposal.Gender"] = "woman", ["Proposal.Accepted"] = "true" });
        page.ShouldContain("<td>Golv Nominerad</td><td>accepted</td>");
        var candidate = (await h.Get($"/{auditors}")).GetProperty("candidates")[0];
        (candidate.GetProperty("source").GetString(), candidate.GetProperty("gender").GetString()).ShouldBe(("floor", "woman"));
    }
}
