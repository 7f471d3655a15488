using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Federation.Elections.Tests;

/// <summary>The digital secret ballot: a stored ballot cannot be linked to a code or a voter, and a
/// code votes once.</summary>
public sealed class SecretBallotTests : IAsyncLifetime
{
    private ElectionsHost h = null!;
    private Guid election;
    private List<string> codes = null!;

    public async Task InitializeAsync()
    {
        h = await ElectionsHost.Start();
        var meeting = await h.Meeting();
        election = await h.Election(meeting, new { position = "auditors", seats = 2, method = "scottish-stv" });
        await h.Candidates(election, ("Ada Ask", "woman"), ("Bert Bok", "man"), ("Cia Ced", "woman"));
        await h.Post($"/{election}/open", new { mode = "digital" });
        codes = await h.Codes(election, 6);
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Stored_ballots_have_no_column_linking_them_to_a_code_a_member_or_a_time()
    {
        for (var i = 0; i < 5; i++) await h.Vote(election, codes[i], [(i % 3) + 1]);

        var (scope, db) = h.Storage();
        await using (scope)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            Columns(connection, "elections_secret_ballots").ShouldBe(["Id", "AssociationId", "ElectionId", "Preferences"]);
            Columns(connection, "elections_ballot_codes").ShouldBe(["Id", "AssociationId", "ElectionId", "CodeHash", "Used"]);

            var ballots = await db.SecretBallots.ToListAsync();
            ballots.Count.ShouldBe(5);
            var stored = await db.BallotCodes.ToListAsync();
            stored.Count(c => c.Used).ShouldBe(5);
            // Ids are random and shared by nothing: no ballot id appears among the codes, nor any code's.
            ballots.Select(b => b.Id).Intersect(stored.Select(c => c.Id)).ShouldBeEmpty();
            // The codes themselves are not stored, only their hashes.
            stored.ShouldAllBe(c => !codes.Contains(c.CodeHash));
            foreach (var file in Directory.GetFiles(h.Host.DataDirectory, "*", SearchOption.AllDirectories))
            {
                var bytes = ReadShared(file);
                foreach (var code in codes) bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(code)).ShouldBe(-1, $"{code} in {file}");
            }
        }
    }

    [Fact]
    public async Task A_code_votes_once_the_second_use_is_refused_and_nothing_is_stored()
    {
        await h.Vote(election, codes[0], 2, 1);
        var again = await h.Post($"/{election}/ballots", new { code = codes[0], preferences = new[] { 3 } }, HttpStatusCode.BadRequest);
        again.GetProperty("errors").GetProperty("code")[0].GetString().ShouldBe("Koden är redan använd: en röst per kod.");
        // Codes are read case- and dash-insensitively, so a retyped code is the same code.
        (await h.Post($"/{election}/ballots", new { code = codes[0].Replace("-", "").ToLowerInvariant(), preferences = new[] { 3 } }, HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("code")[0].GetString().ShouldBe("Koden är redan använd: en röst per kod.");
        (await h.Post($"/{election}/ballots", new { code = "AAAAA-AAAAA", preferences = new[] { 3 } }, HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("code")[0].GetString().ShouldBe("Koden gäller inte i det här valet.");

        var (scope, db) = h.Storage();
        await using (scope)
        {
            (await db.SecretBallots.Select(b => b.Preferences).ToListAsync()).ShouldBe(["2 1"]);
            (await db.BallotCodes.CountAsync(c => c.Used)).ShouldBe(1);
        }
    }

    [Theory]
    [InlineData(new[] { 4 }, "det finns ingen kandidat nummer 4 på valsedeln (1–3)")]
    [InlineData(new[] { 1, 2, 1 }, "kandidat nummer 1 finns med mer än en gång")]
    public async Task A_malformed_ballot_is_refused_and_leaves_the_code_unused(int[] preferences, string message)
    {
        (await h.Post($"/{election}/ballots", new { code = codes[0], preferences }, HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("preferences")[0].GetString().ShouldBe(message);
        await h.Vote(election, codes[0], 1); // still usable
        var (scope, db) = h.Storage();
        await using (scope) (await db.SecretBallots.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Ballots_are_stored_in_an_order_unrelated_to_the_order_they_were_cast()
    {
        // Twenty voters in a row: a stored order that followed the casting order would read 1..20.
        var many = await h.Codes(election, 20);
        var cast = new List<string>();
        for (var i = 0; i < many.Count; i++)
        {
            int[] paper = [i % 3 + 1, (i + 1) % 3 + 1, (i + 2) % 3 + 1];
            if (i >= 9) paper = paper[..(i / 9)];
            await h.Vote(election, many[i], paper);
            cast.Add(string.Join(' ', paper));
        }
        var (scope, db) = h.Storage();
        await using (scope)
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Preferences FROM elections_secret_ballots ORDER BY rowid";
            var stored = new List<string>();
            using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
            stored.Order().ShouldBe(cast.Order());
            // The shuffle leaves the casting order with probability below 1e-10 (distinct arrangements of these papers).
            stored.ShouldNotBe(cast);
        }
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info({table})";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read()) columns.Add(reader.GetString(1));
        return columns;
    }
}
