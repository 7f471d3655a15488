using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Security.Tests;

/// <summary>
/// Issue 15, item 14: from the SQLite write-ahead log and a token's last-use time a probe linked a ballot to its
/// voter. Voting leaves no time next to the voter, and the log does not keep the ballots in casting order.
/// (No time on a ballot, the shuffled order of stored ballots and codes apart from ballots: <c>SecretBallotTests</c>.)
/// </summary>
public sealed class BallotSecrecyTests
{
    private const string Api = "/api/associations/solna/elections";

    [Fact]
    public async Task Voting_neither_touches_the_voters_token_nor_leaves_the_ballots_in_the_write_ahead_log()
    {
        await using var host = await TestHost.Start();
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var meeting = await Created.Id(board.PostAsJsonAsync($"{Api}/meetings", new { title = "Årsmöte", heldOn = "2027-03-14" }));
        var election = await Created.Id(board.PostAsJsonAsync($"{Api}/meetings/{meeting}/elections", new { position = "chair", seats = 1 }));
        foreach (var (name, gender) in new[] { ("Ada Ask", "woman"), ("Bo Bok", "man"), ("Cia Ced", "woman") })
            await Created.Id(board.PostAsJsonAsync($"{Api}/{election}/floor-nominations", new { name, gender, accepted = true }));
        (await board.PostAsJsonAsync($"{Api}/{election}/open", new { mode = "digital" })).EnsureSuccessStatusCode();
        var voters = new List<Guid>();
        for (var i = 1; i <= 6; i++) voters.Add(await Created.Id(board.PostAsJsonAsync($"{Api}/meetings/{meeting}/roll", new { name = $"Röstande {i}", present = true })));
        var codes = JsonDocument.Parse(await (await board.PostAsJsonAsync($"{Api}/{election}/codes", new { voterIds = voters })).Content.ReadAsStringAsync())
            .RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();

        // The set-up's own messages (accounts, the roll) are handled first: their commits would put frames of their own in the log.
        await host.Deliver();
        var wal = Path.Combine(host.DataDirectory, "federation.db-wal");
        for (var i = 0; i < codes.Count; i++)
        {
            var voter = host.Client(await host.TokenFor($"rostande{i}@exempel.se", "solna", "member"));
            var vote = await voter.PostAsJsonAsync($"{Api}/{election}/ballots", new { code = codes[i], preferences = new[] { i % 3 + 1 } });
            vote.StatusCode.ShouldBe(HttpStatusCode.NoContent, await vote.Content.ReadAsStringAsync());
            // SQLite deletes the log file when its last connection closes: no file holds no frames either.
            (File.Exists(wal) ? new FileInfo(wal).Length : 0).ShouldBe(0, "each vote's log frames (code used, paper stored) are checkpointed away at once");
        }

        (await LastUses(host, "rostande")).ShouldAllBe(used => used == null, "a vote records no last use of the voter's token");
        var reader = host.Client(await host.TokenFor("lasare@exempel.se", "solna", "member"));
        (await reader.GetAsync($"{Api}/{election}")).EnsureSuccessStatusCode();
        (await LastUses(host, "lasare")).ShouldHaveSingleItem().ShouldNotBeNull("any other request records the token's use");
    }

    private static async Task<List<DateTime?>> LastUses(TestHost host, string emailPrefix)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await (from t in db.ApiTokens
                      join a in db.Accounts on t.AccountId equals a.Id
                      where a.Email.StartsWith(emailPrefix)
                      select t.LastUsedAt).ToListAsync();
    }
}
