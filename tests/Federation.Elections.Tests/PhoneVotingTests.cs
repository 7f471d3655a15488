using System.Net;
using System.Net.Http.Json;
using Federation.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Tests;

/// <summary>Voting from a phone at the annual meeting: a voter without an account opens the ballot with
/// the code from the slip (/a/solna/rosta), ranks or ticks, reviews, casts. Problems are said in Swedish
/// before anything is cast.</summary>
public sealed class PhoneVotingTests : IAsyncLifetime
{
    private const string VotePage = "/a/solna/rosta";
    private ElectionsHost h = null!;
    private HttpClient phone = null!;
    private Guid ranked;

    public async Task InitializeAsync()
    {
        h = await ElectionsHost.Start();
        phone = h.Host.Client(); // no account, no token
        ranked = await h.Election(await h.Meeting(), new { position = "auditors", seats = 2, method = "scottish-stv" });
        await h.Candidates(ranked, ("Ada Ask", "woman"), ("Bert Bok", "man"), ("Cia Ced", "woman"));
        await h.Post($"/{ranked}/open", new { mode = "digital" });
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    private Task<string> Step(string code, string step, params (string Field, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Field, f => f.Value);
        form["Paper.Code"] = code;
        form["Paper.Step"] = step;
        return phone.Post(VotePage, "vote", form);
    }

    private async Task<List<string>> StoredPapers()
    {
        var (scope, db) = h.Storage();
        await using (scope) return await db.SecretBallots.Select(b => b.Preferences).ToListAsync();
    }

    [Fact]
    public async Task A_voter_without_an_account_opens_the_ballot_with_the_code_reviews_the_ranking_and_casts_it()
    {
        var code = (await h.Codes(ranked, 1))[0];

        var ballot = await Step(code.ToLowerInvariant(), "open"); // typed by hand, in any case
        ballot.ShouldContain("STV (skotska regler)");
        ballot.ShouldContain("name=\"Paper.Place[3]\"");
        ballot.ShouldContain("Cia Ced");

        var review = await Step(code, "review", ("Paper.Place[2]", "1"), ("Paper.Place[3]", "2"), ("Paper.Place[1]", ""));
        review.ShouldContain("Granska din röst");
        review.IndexOf("Bert Bok", StringComparison.Ordinal).ShouldBeLessThan(review.IndexOf("Cia Ced", StringComparison.Ordinal));
        (await StoredPapers()).ShouldBeEmpty("a review casts nothing");

        (await Step(code, "cast", ("Paper.Place[2]", "1"), ("Paper.Place[3]", "2"))).ShouldContain("Din röst är lagd.");
        (await StoredPapers()).ShouldBe(["2 3"]);
        (await Step(code, "open")).ShouldContain("Koden är redan använd: en röst per kod.");
        (await Step("AAAAA-AAAAA", "open")).ShouldContain("Koden finns inte. Kontrollera att du skrivit av den rätt.");
    }

    [Theory]
    [InlineData("1", "3", "", "Plats 2 saknas: du har gett plats 3 men ingen plats 2. Numrera utan luckor.")]
    [InlineData("1", "1", "2", "Plats 1 är given till flera kandidater (Ada Ask och Bert Bok). Ge varje plats till en kandidat.")]
    [InlineData("2", "", "", "Plats 1 saknas: du har gett plats 2 men ingen plats 1. Numrera utan luckor.")]
    public async Task A_gap_or_a_shared_place_is_explained_in_Swedish_and_nothing_is_cast_even_when_casting_directly(string ada, string bert, string cia, string problem)
    {
        var code = (await h.Codes(ranked, 1))[0];
        (string, string)[] places = [("Paper.Place[1]", ada), ("Paper.Place[2]", bert), ("Paper.Place[3]", cia)];

        (await Step(code, "review", places)).ShouldContain(problem);
        (await Step(code, "cast", places)).ShouldContain(problem);

        (await StoredPapers()).ShouldBeEmpty();
        (await Step(code, "cast", ("Paper.Place[1]", "1"))).ShouldContain("Din röst är lagd.", customMessage: "the code is still unused");
    }

    [Fact]
    public async Task An_approval_ballot_is_ticked_and_too_many_ticks_are_explained_before_casting()
    {
        var approval = await h.Election(await h.Meeting("Extra årsmöte"), new { position = "board", seats = 2, method = "approval" });
        await h.Candidates(approval, ("Ada Ask", "woman"), ("Bert Bok", "man"), ("Cia Ced", "woman"));
        await h.Post($"/{approval}/open", new { mode = "digital" });
        var code = (await h.Codes(approval, 1))[0];

        (await Step(code, "open")).ShouldContain("Kryssa för högst 2.");
        (await Step(code, "review", ("Paper.Ticked[1]", "true"), ("Paper.Ticked[2]", "true"), ("Paper.Ticked[3]", "true")))
            .ShouldContain("Du har kryssat 3 kandidater men får kryssa högst 2. Ta bort 1.");
        (await Step(code, "cast", ("Paper.Ticked[3]", "true"), ("Paper.Ticked[1]", "true"))).ShouldContain("Din röst är lagd.");
        (await StoredPapers()).ShouldBe(["1 3"]);
    }

    [Fact]
    public async Task A_blank_vote_is_shown_as_blank_in_the_review_and_stored_empty()
    {
        var code = (await h.Codes(ranked, 1))[0];
        (await Step(code, "review")).ShouldContain("Blank röst: ingen kandidat.");
        await Step(code, "cast");
        (await StoredPapers()).ShouldBe([""]);
    }

    [Fact]
    public async Task Fifty_ballots_cast_at_once_are_all_stored_and_a_code_used_twice_at_once_counts_once()
    {
        var codes = await h.Codes(ranked, 50);
        // Every code sent twice at the same moment: 100 requests, of which exactly one per code may win.
        var attempts = codes.Concat(codes).Select((code, i) => h.Board.PostAsJsonAsync($"{h.Api}/{ranked}/ballots", new { code, preferences = new[] { i % 3 + 1 } })).ToList();
        var answers = await Task.WhenAll(attempts);

        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).ShouldBe(50);
        answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest).ShouldBe(50);
        (await StoredPapers()).Count.ShouldBe(50);
        var (scope, db) = h.Storage();
        await using (scope) (await db.BallotCodes.CountAsync(c => c.Used)).ShouldBe(50);
    }

    [Fact]
    public async Task After_votes_the_raw_tables_hold_no_time_or_voter_beside_a_ballot_and_has_voted_is_kept_apart_from_the_content()
    {
        var codes = await h.Codes(ranked, 4);
        for (var i = 0; i < codes.Count; i++) await Step(codes[i], "cast", ("Paper.Place[" + (i % 3 + 1) + "]", "1"));

        var (scope, db) = h.Storage();
        await using (scope)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            Rows(connection, "SELECT * FROM elections_secret_ballots").ShouldAllBe(r => r.Length == 4, "Id, AssociationId, ElectionId, Preferences: nothing else");
            // The only record of voting is a code's Used flag — beside a hash, never beside a voter or a paper.
            Rows(connection, "SELECT * FROM elections_ballot_codes WHERE Used = 1").Count.ShouldBe(4);
            Rows(connection, "SELECT * FROM elections_code_issues").ShouldAllBe(r => r.Length == 4, "Id, AssociationId, ElectionId, VoterId: who received a code, not whether it was used");
            // Ids are random GUIDs: sorting by them says nothing of the order of casting.
            var ids = Rows(connection, "SELECT Id FROM elections_secret_ballots ORDER BY rowid").Select(r => r[0]).ToList();
            foreach (var id in ids) Guid.TryParse(id, out var _).ShouldBeTrue(id);
            var texts = Rows(connection, "SELECT group_concat(Preferences) FROM elections_secret_ballots")[0][0];
            codes.ShouldAllBe(code => !texts.Contains(code));
        }
    }

    [Fact]
    public async Task A_printed_slip_carries_the_association_the_full_address_of_the_voting_page_and_a_QR_code()
    {
        var meeting = await h.MeetingOf(ranked);
        await h.Roll(meeting, 2);
        (await h.Board.Page($"/a/solna/elections/{ranked}/codes")).ShouldContain("class=\"muted roll-count sticky-count\"", customMessage: "the count stays in sight while the list scrolls");
        var html = await h.Board.Post($"/a/solna/elections/{ranked}/codes", "codes-all", []);

        System.Text.RegularExpressions.Regex.Matches(html, "<p style=\"margin:0\">Vänsterpartiet Solna · Revisorer</p>").Count.ShouldBe(2);
        html.ShouldContain($"{h.Board.BaseAddress!.ToString().TrimEnd('/')}/a/solna/rosta");
        System.Text.RegularExpressions.Regex.Matches(html, "<img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"QR-kod som öppnar valsedeln\"").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Starting_over_strikes_every_ballot_and_code_and_is_logged()
    {
        var codes = await h.Codes(ranked, 3);
        await Step(codes[0], "cast", ("Paper.Place[1]", "1"));
        var html = await h.Board.Post($"/a/solna/elections/{ranked}/manage", "start-over", []);

        html.ShouldContain("0</strong> röster lagda");
        html.ShouldMatch(@"(?s)<p class=""roll-count sticky-count""><strong>\d+</strong> röstberättigade närvarande\s+· <strong class=""cast-count"">");
        (await StoredPapers()).ShouldBeEmpty();
        (await Step(codes[1], "open")).ShouldContain("Koden finns inte.");
        (await h.Get($"/meetings/{await h.MeetingOf(ranked)}/log")).EnumerateArray().Select(l => l.GetProperty("text").GetString())
            .ShouldContain("Revisorer: röstningen började om; 1 lagda röster ströks och 3 utdelade koder återkallades");
        (await h.CodesFor(ranked)).Count.ShouldBe(3, "those present get new codes");
    }

    private static List<string[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString()!).ToArray());
        return rows;
    }
}
