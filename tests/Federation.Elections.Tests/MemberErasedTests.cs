using Federation.TestSupport;
using System.Net.Http.Json;
using System.Net;
using Federation.Membership.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Tests;

/// <summary>An erased member's nominations and places in results are anonymised; the ballots and
/// the counts stay.</summary>
public sealed class MemberErasedTests : IAsyncLifetime
{
    private ElectionsHost h = null!;

    public async Task InitializeAsync() => h = await ElectionsHost.Start();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Erasing_a_member_anonymises_their_nomination_and_result_but_keeps_the_count()
    {
        // A real member of the register: nominations of members are checked against it.
        var added = await h.Board.AddMember("solna", "E-1", "Medlem");
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var member = (await added.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        var meeting = await h.Meeting();
        var chair = await h.Election(meeting, new { position = "chair", seats = 1, method = "irv" });
        await h.Post($"/{chair}/floor-nominations", new { memberId = member, name = "Maria Medlem", gender = "woman", presentation = "Jag vill leda föreningen.", accepted = true }, HttpStatusCode.Created);
        await h.Candidates(chair, ("Nils Nilsson", "man"));
        await h.Post($"/{chair}/open", new { mode = "digital" });
        var codes = await h.Codes(chair, 3);
        await h.Vote(chair, codes[0], 1, 2);
        await h.Vote(chair, codes[1], 1);
        await h.Vote(chair, codes[2], 2, 1);
        await h.Post($"/{chair}/conclude", new { seed = 5 });

        var (scope, db) = h.Storage();
        await using (scope)
        {
            await new MemberErasedHandler(db).Handle(new MemberErased("solna", member), CancellationToken.None);
            var candidate = await db.Candidates.SingleAsync(c => c.Name == MemberErasedHandler.ErasedName);
            (candidate.MemberId, candidate.Presentation).ShouldBe((null, null));
            (await db.SecretBallots.CountAsync()).ShouldBe(3);
        }
        var election = (await h.Get($"/{chair}")).GetProperty("election");
        var elected = election.GetProperty("elected")[0];
        elected.GetProperty("name").GetString().ShouldBe(MemberErasedHandler.ErasedName);
        elected.GetProperty("memberId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var protocol = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"{h.Api}/{chair}/protocol"));
        protocol.ShouldNotContain("Maria Medlem");
        protocol.ShouldContain("<td class=\"valid\">3</td>");
    }
}
