using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Federation.Operations.Tests;

/// <summary>
/// The real host imports 500 members (1,500 messages to handle) while a writer adds members one at a time;
/// meanwhile <c>backup --to</c> (another process) copies the live database. <c>restore --from</c> refuses the
/// live folder and restores into an empty one with every table's rows as the backup saw them; a host started
/// there handles every message that was waiting at the backup, exactly once, and accepts the API token and
/// the browser's sign-in cookie made before the backup (the data-protection keys came along).
/// </summary>
[Collection(RealProcesses.Name)]
public sealed class BackupRestoreTests(ITestOutputHelper output)
{
    private const int Imported = 3000; // enough that its messages are still waiting when the backup runs (about 900 are handled a second)
    private const string Email = "drift@storstockholm.test";

    [Fact]
    public async Task A_backup_taken_while_the_server_writes_restores_every_row_and_message()
    {
        var root = TestHost.NewDataDirectory();
        var live = Path.Combine(root, "live");
        var restored = Path.Combine(root, "restored");
        var backupFile = Path.Combine(root, "backups", "live.zip");
        var cliLog = Path.Combine(root, "cli.log");
        var passed = false;
        try
        {
            var token = await HostCli.AccountWithToken(cliLog, live, Email, [("solna", "board"), ("storstockholm", "district-admin")]);
            BackupManifest manifest;
            long membersAtEnd;
            string cookie;
            await using (var server = HostProcess.Serve(Path.Combine(root, "serve-live.log"), ["--data", live]))
            {
                await server.WaitForHealth(TimeSpan.FromSeconds(90));
                cookie = await SignIn(server.BaseAddress!);
                using var api = server.ApiClient(token);
                using (var import = await api.PostAsync("/api/associations/solna/members/import",
                    new StringContent(MemberCsv.Recent(Imported, "BK"), Encoding.UTF8, "text/csv")))
                    import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());

                // A writer adds members one by one (each a transaction with its event) until the backup is done.
                using var stop = new CancellationTokenSource();
                var added = 0;
                var writer = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        using var response = await api.AddMember("solna", $"W{added + 1:00000}");
                        response.EnsureSuccessStatusCode();
                        added++;
                    }
                });
                await Task.Delay(TimeSpan.FromSeconds(1));
                var clock = Stopwatch.StartNew();
                var backup = await HostProcess.Cli(cliLog, ["backup", "--to", backupFile, "--data", live]);
                output.WriteLine($"backup took {clock.Elapsed.TotalSeconds:0.0} s: {backup.Output.Trim()}");
                await Task.Delay(TimeSpan.FromSeconds(1));
                await stop.CancelAsync();
                await writer;
                backup.ExitCode.ShouldBe(0, backup.Log);
                manifest = DatabaseBackup.ReadManifest(backupFile);
                membersAtEnd = (await DatabaseBackup.Counts(Path.Combine(live, "federation.db")))["membership_members"];
                output.WriteLine($"writer added {added} members; backup holds {manifest.Tables["membership_members"]} members, the live database {membersAtEnd}");

                // The live folder is refused, named, and left as it was.
                var refused = await HostProcess.Cli(cliLog, ["restore", "--from", backupFile, "--data", live]);
                refused.ExitCode.ShouldNotBe(0);
                refused.Log.ShouldContain($"The data folder {live} is not empty");
                (await server.ApiClient(token).GetAsync("/api/associations/solna/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
                server.Terminate();
                (await server.WaitForExit(TimeSpan.FromSeconds(45))).ShouldBeTrue(server.LogTail());
            }
            manifest.Tables["membership_members"].ShouldBeGreaterThan(Imported, "the backup saw the import and some of the writer's members");
            membersAtEnd.ShouldBeGreaterThan(manifest.Tables["membership_members"], "the writer went on writing after the backup's snapshot");
            manifest.Product.ShouldNotBeNullOrEmpty();
            manifest.Migrations["membership"].ShouldEndWith("_MemberVersion");

            var restore = await HostProcess.Cli(cliLog, ["restore", "--from", backupFile, "--data", restored]);
            restore.ExitCode.ShouldBe(0, restore.Log);
            var counts = await DatabaseBackup.Counts(Path.Combine(restored, "federation.db"));
            counts.ShouldBe(manifest.Tables, ignoreOrder: true, "every table has the rows the backup saw");
            Directory.GetFiles(Path.Combine(restored, "keys")).Select(Path.GetFileName)
                .ShouldBe(Directory.GetFiles(Path.Combine(live, "keys")).Select(Path.GetFileName), ignoreOrder: true);
            var database = ProductDatabase.Sqlite(restored);
            var waiting = await database.MessagesWaiting();
            var atBackup = await database.Effects("solna", "BK");
            output.WriteLine($"in the backup: {waiting} messages waiting; {atBackup}");
            waiting.ShouldBeGreaterThan(0, "nothing was waiting at the backup: the test proves nothing about messages (import more)");

            await using var second = HostProcess.Serve(Path.Combine(root, "serve-restored.log"), ["--data", restored]);
            await second.WaitForHealth(TimeSpan.FromSeconds(90));
            var imported = await database.WaitUntilHandled("solna", "BK", TimeSpan.FromSeconds(240));
            var written = await database.WaitUntilHandled("solna", "W", TimeSpan.FromSeconds(60));
            output.WriteLine($"after the restore: imported {imported}; written {written}");
            foreach (var settled in new[] { imported, written })
            {
                settled.Effects.Doubled.ShouldBeEmpty(settled.ToString());
                settled.Done.ShouldBeTrue($"{settled}\n{second.LogTail()}");
            }
            (imported.Effects.Members.Count + written.Effects.Members.Count).ShouldBe((int)manifest.Tables["membership_members"]);

            using var api2 = second.ApiClient(token);
            (await api2.GetAsync("/api/associations/solna/members")).StatusCode.ShouldBe(HttpStatusCode.OK, "the API token came along");
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = second.BaseAddress };
            browser.DefaultRequestHeaders.Add("Cookie", cookie);
            using var admin = await browser.GetAsync("/admin");
            admin.StatusCode.ShouldBe(HttpStatusCode.OK, "the sign-in cookie made before the backup is read with the restored keys");
            WebUtility.HtmlDecode(await admin.Content.ReadAsStringAsync()).ShouldContain("Distriktets administration");
            passed = true;
        }
        finally
        {
            if (passed) TestHost.TryDelete(root);
            else output.WriteLine($"kept for diagnosis: {root}");
        }
    }

    /// <summary>Signs in through the real form; returns the sign-in cookie (<c>federation=…</c>).</summary>
    private static async Task<string> SignIn(Uri server)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server };
        using var form = await client.GetAsync("/signin");
        var html = await form.Content.ReadAsStringAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin", ["__RequestVerificationToken"] = Forms.AntiforgeryToken(html),
                ["Input.Email"] = Email, ["Input.Password"] = HostCli.Password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        using var signedIn = await client.SendAsync(post);
        return signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("federation=", StringComparison.Ordinal)).Split(';')[0];
    }
}
