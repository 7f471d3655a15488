using System.Net;
using System.Text.Json;
using Federation.Elections.Counting;

namespace Federation.Elections.Tests;

/// <summary>Seat allocation among lists inside the module: votes per list entered, counted by
/// d'Hondt or the Swedish modified Sainte-Laguë (first divisor 1.2), shown in the protocol.</summary>
public sealed class ListAllocationTests : IAsyncLifetime
{
    private ElectionsHost h = null!;

    public async Task InitializeAsync() => h = await ElectionsHost.Start();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private async Task<(Guid Election, Dictionary<string, Guid> Lists)> Allocation(string method, int seats, params string[] lists)
    {
        var meeting = await h.Meeting("Valkonferens 2026");
        var election = await h.Election(meeting, new { position = "allocation:Valkonferens", seats, method });
        var ids = new Dictionary<string, Guid>();
        foreach (var list in lists)
            ids[list] = (await h.Post($"/{election}/floor-nominations", new { name = list }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await h.Post($"/{election}/open", new { })).GetProperty("votingMode").GetString().ShouldBe("totals");
        return (election, ids);
    }

    private static object Votes(Dictionary<string, Guid> lists, params long?[] votes) =>
        new { votes = lists.Values.Zip(votes, (id, v) => new { listId = id, votes = v }) };

    [Fact]
    public async Task DHondt_allocates_the_seats_from_the_votes_per_list_and_the_protocol_shows_it()
    {
        // 10 seats; A 10 000, B 6 100, C 1 400. Comparison numbers (heltalsmetoden): 10000 A, 6100 B, 5000 A,
        // 3333 A, 3050 B, 2500 A, 2033 B, 2000 A, 1667 A, 1525 B; next would be A's 1429 and then C's 1400.
        var (election, lists) = await Allocation("dhondt", 10, "Lista A", "Lista B", "Lista C");
        await h.Put($"/{election}/list-votes", Votes(lists, 10_000, 6_100, 1_400));
        var outcome = await h.Post($"/{election}/conclude", new { seed = 1 });
        var seats = outcome.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        seats.Count.ShouldBe(10);
        (seats.Count(s => s == "Lista A"), seats.Count(s => s == "Lista B"), seats.Count(s => s == "Lista C")).ShouldBe((6, 4, 0));
        seats[..3].ShouldBe(["Lista A", "Lista B", "Lista A"]);

        var protocol = WebUtility.HtmlDecode(await h.Board.GetStringAsync($"/a/solna/elections/{election}/protocol"));
        protocol.ShouldContain("Mandatfördelning: Valkonferens");
        protocol.ShouldContain("<tr><td>Lista A</td><td>10000</td><td>6</td></tr>");
        protocol.ShouldContain("<tr><td>Lista C</td><td>1400</td><td>0</td></tr>");
        protocol.ShouldContain("<td class=\"list-votes\">17500</td>");
        protocol.ShouldNotContain("class=\"cast\"");

        // The votes file re-counts to the same allocation.
        var csv = await h.Board.GetStringAsync($"{h.Api}/{election}/ballot-file");
        csv.ShouldBe("party,votes\nLista A,10000\nLista B,6100\nLista C,1400\n");
        CountingMethods.Count("dhondt", TableReader.PartiesFromCsv(csv.Split('\n'), "x"), 10, 1).Elected.ShouldBe(seats);
    }

    [Fact]
    public async Task Sainte_Lague_with_first_divisor_1_2_is_entered_and_concluded_on_the_page()
    {
        // 4 seats; Norr 5 000, Söder 1 100. Norr: 5000/1.2 = 4166.7, /3 = 1666.7, /5 = 1000, /7 = 714.3;
        // Söder: 1100/1.2 = 916.7 → Norr, Norr, Norr, Söder (with first divisor 1 Söder would win the third seat).
        var (election, lists) = await Allocation("sainte-lague", 4, "Norr", "Söder");
        var url = $"/a/solna/elections/{election}/manage";
        var page = await ElectionsHost.FormPost(h.Board, url, "list-votes", new()
        {
            [$"Votes.ByList[{lists["Norr"]}]"] = "5000", [$"Votes.ByList[{lists["Söder"]}]"] = "1100",
        });
        page.ShouldNotContain("class=\"error\"");
        var candidates = (await h.Get($"/{election}")).GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("votes").GetInt64()).ToList();
        candidates.ShouldBe([5000L, 1100L]);
        // Concluding leads on to the protocol.
        await ElectionsHost.FormPost(h.Board, url, "conclude", [], HttpStatusCode.Found);
        var elected = (await h.Get($"/{election}")).GetProperty("election").GetProperty("elected").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        elected.ShouldBe(["Norr", "Norr", "Norr", "Söder"]);
        (await h.Board.GetStringAsync($"/a/solna/elections/{election}/protocol")).ShouldContain("sainte-lague");
    }

    [Fact]
    public async Task Votes_missing_a_list_or_below_zero_are_refused_and_nothing_is_stored()
    {
        var (election, lists) = await Allocation("dhondt", 3, "A", "B");
        var missing = await h.Put($"/{election}/list-votes", new { votes = new[] { new { listId = lists["A"], votes = 10 } } }, HttpStatusCode.BadRequest);
        missing.GetProperty("errors").GetProperty("votes")[0].GetString().ShouldBe("B har inga röster införda; skriv 0 för en lista utan röster.");
        var negative = await h.Put($"/{election}/list-votes", Votes(lists, 10, -1), HttpStatusCode.BadRequest);
        negative.GetProperty("errors").GetProperty("votes")[0].GetString().ShouldBe("B: rösterna måste vara ett heltal, minst 0.");
        (await h.Post($"/{election}/conclude", new { seed = 1 }, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("votes")[0].GetString()
            .ShouldBe("Rösterna per lista har inte förts in.");
        (await h.Get($"/{election}")).GetProperty("candidates").EnumerateArray().ShouldAllBe(c => c.GetProperty("votes").ValueKind == JsonValueKind.Null);
        // Ballots and codes belong to elections of people, not to an allocation.
        (await h.Post($"/{election}/codes", new { }, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("mode")[0].GetString()
            .ShouldBe("En platsfördelning tar röster per lista, inte valsedlar eller koder.");
    }
}
