using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MimeKit;
using Xunit.Abstractions;

namespace Federation.Communications.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcesses
{
    public const string Name = "Real host processes";
}

/// <summary>
/// The real host binary sends a newsletter to 600 members through the real SMTP server, is killed with
/// SIGKILL in the middle, and is started again on the same data folder: the send resumes by itself, every
/// member gets the newsletter, and nobody gets it twice (at most the few mails in flight at the
/// instant of the kill: accepted by the server, not yet recorded).
/// </summary>
[Collection(RealProcesses.Name)]
public sealed class CrashResumeTests(ITestOutputHelper output)
{
    private const int Members = 600;

    [Fact]
    public async Task A_send_killed_midway_resumes_after_restart_and_no_member_gets_the_newsletter_twice()
    {
        var data = TestHost.NewDataDirectory();
        var passed = false;
        output.WriteLine($"data folder and logs: {data}");
        await using var smtp = await SmtpSink.Start();
        // 100 mails a second (the district's rate limit), so the send is surely under way when it is killed.
        var environment = new Dictionary<string, string?>
        {
            ["Communications__Smtp__Host"] = "127.0.0.1",
            ["Communications__Smtp__Port"] = smtp.Port.ToString(),
            ["Communications__Smtp__Security"] = "none",
            ["Communications__Smtp__From"] = "Vänsterpartiet Solna <nyhetsbrev@solna.test>",
            ["Communications__RatePerMinute"] = "6000",
        };
        try
        {
            var token = await HostCli.AccountWithToken(Path.Combine(data, "cli.log"), data, "krasch@solna.test", [("solna", "board")]);
            Guid mailing;
            await using (var first = HostProcess.Serve(Path.Combine(data, "serve-1.log"), ["--data", data], environment))
            {
                await first.WaitForHealth(TimeSpan.FromSeconds(60));
                using var api = first.ApiClient(token);
                var csv = new StringBuilder("member_number,first_name,last_name,email,joined_on\n");
                for (var i = 1; i <= Members; i++) csv.Append($"K{i:0000},Medlem{i},Krasch,k{i}@exempel.se,2015-01-01\n");
                (await api.PostAsync("/api/associations/solna/members/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
                var series = await Id(await api.PostAsJsonAsync("/api/associations/solna/communications/series", new { name = "På gång", rhythm = "monthly" }));
                mailing = await Id(await api.PostAsJsonAsync("/api/associations/solna/communications/newsletters", new { seriesId = series, subject = "Hej {{förnamn}}", body = "Hej {{förnamn}}!" }));
                (await api.PostAsync($"/api/associations/solna/communications/newsletters/{mailing}/send", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

                await smtp.WaitFor(100, TimeSpan.FromSeconds(60));
                first.Kill();
                (await first.WaitForExit(TimeSpan.FromSeconds(30))).ShouldBeTrue();
            }
            await Task.Delay(500);
            var atKill = smtp.Files().Count;
            output.WriteLine($"mails received when the host was killed: {atKill}");
            atKill.ShouldBeLessThan(Members, "the send finished before the kill: the test proves nothing");

            var restart = Stopwatch.StartNew();
            await using var second = HostProcess.Serve(Path.Combine(data, "serve-2.log"), ["--data", data], environment);
            await second.WaitForHealth(TimeSpan.FromSeconds(60));
            using var again = second.ApiClient(token);
            await TestHost.Eventually(async () => (await again.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/mailings/{mailing}"))
                .GetProperty("queued").GetInt32() == 0, "the send has resumed and finished", 120_000);
            output.WriteLine($"resumed and finished {restart.Elapsed.TotalSeconds:0.0} s after the restart");

            var status = await again.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/mailings/{mailing}");
            status.GetProperty("sent").GetInt32().ShouldBe(Members);
            var recipients = smtp.Files().Select(f => MimeMessage.Load(f).To.Mailboxes.Single().Address).ToList();
            recipients.Distinct().Count().ShouldBe(Members);
            var twice = recipients.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            output.WriteLine($"mails: {recipients.Count}; twice: {string.Join(", ", twice)}");
            // Only the deliveries in flight at the kill may repeat: handed to the server, their outcome not yet committed
            // (at most Outcomes.MaxInFlight: the server is talked to outside the database's one writer).
            twice.Count.ShouldBeLessThanOrEqualTo(Federation.Communications.Sending.Outcomes.MaxInFlight, "more mails went twice than can be in flight");
            passed = true;
        }
        finally
        {
            if (passed) TestHost.TryDelete(data);
            else output.WriteLine($"kept for diagnosis: {data}");
        }
    }

    private static async Task<Guid> Id(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
