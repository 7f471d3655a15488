using System.Text.Json;
using Federation.Communications.Contracts;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Federation.Communications.Tests;

/// <summary>Newsletters written through the API, delivered to a real SMTP server, read back from its Maildir.</summary>
public sealed class NewsletterTests : IAsyncLifetime
{
    private CommsHost comms = null!;

    public async Task InitializeAsync() => comms = await CommsHost.Start();

    public async Task DisposeAsync() => await comms.DisposeAsync();

    private async Task<int> Send(Guid id)
    {
        var response = await comms.Board.PostAsync($"/api/associations/solna/communications/newsletters/{id}/send", null);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32();
    }

    [Fact]
    public async Task A_newsletter_reaches_each_member_who_wants_email_personalised_multipart_and_with_one_click_unsubscribe_headers()
    {
        await comms.Member("1", "Åsa", "asa@exempel.se");
        await comms.Member("2", "Bo", "bo@exempel.se");
        await comms.Member("3", "Cy", "cy@exempel.se", contactByEmail: false);
        await comms.Member("4", "Dan", null);
        await comms.Member("5", "Eva", "eva@exempel.se", nonDigital: true);
        var id = await comms.Draft(await comms.Series(), "Hej {{förnamn}}!\n\nVälkommen till **{{förening}}**.\n\n{{#om aktiviteter}}Inget på gång.{{/om}}Slut.");

        (await Send(id)).ShouldBe(2);
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(2);
        var mails = comms.Received().OrderBy(m => m.To.Mailboxes.Single().Address).ToList();
        mails.Select(m => m.To.Mailboxes.Single().Address).ShouldBe(["asa@exempel.se", "bo@exempel.se"]);

        var asa = mails[0];
        asa.Subject.ShouldBe("Nytt från Vänsterpartiet Solna");
        asa.From.Mailboxes.Single().Address.ShouldBe("nyhetsbrev@solna.test");
        asa.MessageId.ShouldEndWith("@solna.test");
        asa.Body.ShouldBeOfType<MultipartAlternative>();
        asa.TextBody.ShouldContain("Hej Åsa!");
        asa.TextBody.ShouldNotContain("Inget på gång."); // no activities in the calendar: the conditional block is left out
        asa.HtmlBody.ShouldContain("<strong>Vänsterpartiet Solna</strong>");
        asa.HtmlBody.ShouldNotContain("<img"); // no tracking pixel
        asa.Headers["List-Id"].ShouldBe("\"På gång i föreningen\" <pa-gang-i-foreningen.solna.solna.test>");
        var unsubscribe = asa.Headers["List-Unsubscribe"];
        unsubscribe.ShouldContain("<https://federation.test/api/associations/solna/communications/unsubscribe/");
        unsubscribe.ShouldContain("<mailto:nyhetsbrev@solna.test?subject=avregistrera%20"); // with the signed token, for the mailbox reader
        asa.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        mails[0].MessageId.ShouldNotBe(mails[1].MessageId);

        var status = await comms.Board.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/mailings/{id}");
        status.GetProperty("sent").GetInt32().ShouldBe(2);
        status.GetProperty("queued").GetInt32().ShouldBe(0);
        (await comms.Board.PostAsync($"/api/associations/solna/communications/newsletters/{id}/send", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await comms.Board.GetStringAsync($"/a/solna/communications/mailings/{id}")).ShouldContain("2 skickade, 0 misslyckade");
    }

    [Fact]
    public async Task The_one_click_post_unsubscribes_at_once_without_a_session_and_the_next_newsletter_skips_the_member()
    {
        var asa = await comms.Member("1", "Åsa", "asa@exempel.se");
        await comms.Member("2", "Bo", "bo@exempel.se");
        var series = await comms.Series();
        await Send(await comms.Draft(series, "Hej {{förnamn}}!"));
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(2);
        var mail = comms.Received().Single(m => m.To.Mailboxes.Single().Address == "asa@exempel.se");
        var link = mail.Headers["List-Unsubscribe"].Split(',')[0].Trim().Trim('<', '>');
        var path = new Uri(link).PathAndQuery;

        var anonymous = comms.Host.Client();
        (await anonymous.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK); // shows the button, changes nothing
        (await comms.In("solna", sp => sp.GetRequiredService<CommunicationsDbContext>().Unsubscribes.CountAsync())).ShouldBe(0);
        (await anonymous.PostAsync(path, new StringContent(""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.PostAsync(path[..^4] + "AAAA", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.PostAsync(path.Replace("/solna/", "/storstockholm/"), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var oneClick = await anonymous.PostAsync(path, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        oneClick.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await comms.In("solna", sp => sp.GetRequiredService<CommunicationsDbContext>().Unsubscribes.SingleAsync())).MemberId.ShouldBe(asa);
        (await comms.In("solna", sp => sp.GetRequiredService<IMemberDirectory>().Contact(asa)))!.ContactByEmail.ShouldBeFalse();
        (await Send(await comms.Draft(series, "Andra numret"))).ShouldBe(1);
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(3);
        comms.Received().Count(m => m.To.Mailboxes.Single().Address == "asa@exempel.se").ShouldBe(1);
        (await comms.Board.GetFromJsonAsync<JsonElement>("/api/associations/solna/communications/statistics")).GetProperty("unsubscribes").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_redelivered_message_for_a_sent_recipient_sends_nothing()
    {
        await comms.Member("1", "Åsa", "asa@exempel.se");
        var id = await comms.Draft(await comms.Series(), "Hej {{förnamn}}!");
        await Send(id);
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(1);
        var delivery = await comms.In("solna", sp => sp.GetRequiredService<CommunicationsDbContext>().Deliveries.SingleAsync());

        // The same delivery's message again (as after a crash or a recovery sweep): it finds the recipient sent.
        await comms.Host.Publish(new DeliveryQueued("solna", delivery.Id), new DeliveryQueued("solna", delivery.Id));
        await comms.Host.Deliver();
        await Task.Delay(300);
        comms.Smtp.Files().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_broken_merge_field_is_refused_with_the_line_and_an_unknown_member_cannot_be_previewed()
    {
        var series = await comms.Series();
        var unknown = await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/newsletters", new { seriesId = series, subject = "Hej", body = "Rad ett\nHej {{fornam}}!" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Rad 2: okänt fält {{fornam}}");
        var unclosed = await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/newsletters", new { seriesId = series, subject = "Hej", body = "Hej {{förnamn!" });
        (await unclosed.Content.ReadAsStringAsync()).ShouldContain("stängs aldrig");
        var block = await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/newsletters", new { seriesId = series, subject = "Hej", body = "{{#om aktiviteter}}\nx" });
        (await block.Content.ReadAsStringAsync()).ShouldContain("avslutas aldrig med {{/om}}");

        var preview = await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/newsletters/preview", new { subject = "Hej", body = "Hej {{förnamn}}", memberId = Guid.NewGuid() });
        preview.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await preview.Content.ReadAsStringAsync()).ShouldContain("Medlemmen finns inte i registret.");
        (await comms.In("solna", sp => sp.GetRequiredService<CommunicationsDbContext>().Mailings.CountAsync())).ShouldBe(0);

        var asa = await comms.Member("1", "Åsa *stjärna*", "asa@exempel.se");
        var ok = await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/newsletters/preview", new { subject = "Hej {{förnamn}}", body = "Hej {{förnamn}}", memberId = asa });
        var rendered = await ok.Content.ReadFromJsonAsync<JsonElement>();
        rendered.GetProperty("subject").GetString().ShouldBe("Hej Åsa *stjärna*");
        rendered.GetProperty("html").GetString()!.ShouldContain("Hej Åsa *stjärna*"); // a name is not Markdown
    }

    [Fact]
    public async Task A_test_send_goes_to_the_writer_only_and_a_scheduled_newsletter_goes_when_its_time_comes()
    {
        await comms.Member("1", "Åsa", "asa@exempel.se");
        var series = await comms.Series();
        var test = await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/newsletters/test", new { subject = "Prov", body = "Hej {{förnamn}}" });
        test.StatusCode.ShouldBe(HttpStatusCode.OK, await test.Content.ReadAsStringAsync());
        (await comms.Smtp.WaitFor(1)).Count.ShouldBe(1);
        comms.Received().Single().To.Mailboxes.Single().Address.ShouldBe("styrelse@solna.test");
        comms.Received().Single().Subject.ShouldBe("[Test] Prov");

        var id = await comms.Draft(series, "Schemalagt");
        (await comms.Board.PostAsJsonAsync($"/api/associations/solna/communications/newsletters/{id}/schedule", new { at = DateTime.UtcNow.AddMinutes(-1) })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await comms.Host.Services.GetRequiredService<Federation.Communications.Domain.DueWork>().RunOnce();
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(2);
        comms.Received().Count(m => m.To.Mailboxes.Single().Address == "asa@exempel.se").ShouldBe(1);
        var audit = await comms.Board.GetFromJsonAsync<JsonElement>("/api/associations/solna/communications/audit");
        audit.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ShouldBe(["send", "schedule", "test-send"], ignoreOrder: true);
    }

    [Fact]
    public async Task With_the_mail_server_down_nothing_is_lost_and_a_retried_dead_letter_delivers_once_it_is_back()
    {
        await using var down = await CommsHost.Start(startSmtp: false);
        await down.Member("1", "Åsa", "asa@exempel.se");
        var id = await down.Draft(await down.Series("Brev"), "Hej", "Hej");
        (await down.Board.PostAsync($"/api/associations/solna/communications/newsletters/{id}/send", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await down.Host.Deliver();

        var admin = down.Host.Client(await down.Host.TokenFor("admin@district.test", "district", "district-admin"));
        var dead = await admin.GetFromJsonAsync<JsonElement>("/api/admin/dead-letters");
        dead.GetArrayLength().ShouldBe(1);
        dead[0].GetRawText().ShouldContain("could not be reached");
        (await down.Board.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/mailings/{id}")).GetProperty("queued").GetInt32().ShouldBe(1);

        var port = down.Host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Communications:Smtp:Port"]!;
        await using var smtp = await SmtpSink.Start(int.Parse(port));
        (await admin.PostAsync($"/api/admin/dead-letters/{dead[0].GetProperty("id").GetString()}/retry", null)).IsSuccessStatusCode.ShouldBeTrue();
        await down.Host.Deliver();
        await smtp.WaitFor(1);
        await TestHost.Eventually(async () => (await down.Board.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/mailings/{id}"))
            .GetProperty("sent").GetInt32() == 1, "the delivery is recorded as sent");
    }
}
