using System.Net;
using System.Text.Json;

namespace Federation.Elections.Tests;

/// <summary>
/// Älvsjö-Hägersten's representation in Representantskapet, as its plugin gives it: "Vår förening har 2018 fem ombud
/// och fem ersättare där" (seed 001), and a delegate is not also a substitute.
/// </summary>
public sealed class RepresentationTests : IAsyncLifetime
{
    private ElectionsHost h = null!;

    public async Task InitializeAsync() => h = await ElectionsHost.Start("alvsjo-hagersten");

    public async Task DisposeAsync() => await h.DisposeAsync();

    private static object Pile(params int[][] papers) =>
        new { papers = papers.Select(p => new { preferences = p, invalid = false }) };

    [Fact]
    public async Task The_plugin_gives_five_delegates_and_five_substitutes_and_another_number_is_refused()
    {
        var meeting = await h.Meeting();
        var delegates = await h.Election(meeting, new { position = "delegates:Representantskapet", method = "approval" });
        (await h.Get($"/{delegates}")).GetProperty("election").GetProperty("seats").GetInt32().ShouldBe(5);
        var refused = await h.Post($"/meetings/{meeting}/elections", new { position = "substitutes:Representantskapet", seats = 4, method = "plurality" }, HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("seats")[0].GetString().ShouldBe("Föreningens regler ger substitutes:Representantskapet 5 platser, inte 4.");
    }

    [Fact]
    public async Task Someone_elected_a_delegate_is_not_also_elected_a_substitute_and_the_protocol_says_why()
    {
        var meeting = await h.Meeting();
        await h.Roll(meeting, 3);
        var delegates = await h.Election(meeting, new { position = "delegates:Representantskapet", method = "approval" });
        await h.Candidates(delegates, ("Ada", "woman"), ("Bo", "man"), ("Cia", "woman"), ("Dan", "man"), ("Eva", "woman"));
        await h.Post($"/{delegates}/open", new { mode = "paper" });
        int[][] all = [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]];
        await h.Put($"/{delegates}/piles/Kim", Pile(all));
        await h.Put($"/{delegates}/piles/Lo", Pile(all));
        await h.Post($"/{delegates}/conclude", new { seed = 1 });

        // Ada and Bo stand again and top the substitutes' vote; the next five take the seats.
        var substitutes = await h.Election(meeting, new { position = "substitutes:Representantskapet", method = "approval" });
        await h.Candidates(substitutes, ("Ada", "woman"), ("Bo", "man"), ("Fia", "woman"), ("Gus", "man"), ("Hen", "woman"), ("Ivo", "man"), ("Jon", "man"));
        await h.Post($"/{substitutes}/open", new { mode = "paper" });
        int[][] votes = [[1, 2, 3, 4, 5], [1, 2, 3, 4, 6], [1, 2, 3, 5, 7]];
        await h.Put($"/{substitutes}/piles/Kim", Pile(votes));
        await h.Put($"/{substitutes}/piles/Lo", Pile(votes));
        var outcome = await h.Post($"/{substitutes}/conclude", new { seed = 1 });

        var places = outcome.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        places.ShouldNotContain("Ada");
        places.ShouldNotContain("Bo");
        places.Count.ShouldBe(5);
        var html = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"{h.Api}/{substitutes}/protocol"));
        html.ShouldContain("Ada är redan vald: Ombud till Representantskapet; samma person kan inte vara både ombud och ersättare (föreningens regler)");
    }
}
