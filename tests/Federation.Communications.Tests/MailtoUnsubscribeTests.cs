using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;

namespace Federation.Communications.Tests;

/// <summary>The <c>List-Unsubscribe</c> mailto reaches the association's mailbox, which the product reads over IMAP.</summary>
public sealed class MailtoUnsubscribeTests
{
    [Fact]
    public async Task A_mail_to_the_list_unsubscribe_address_is_read_from_the_mailbox_and_ends_email_to_its_sender()
    {
        await using var imap = await ImapServer.Start();
        await using var comms = await CommsHost.Start(b =>
        {
            b.Configuration["Communications:Imap:Host"] = "127.0.0.1";
            b.Configuration["Communications:Imap:Port"] = imap.Port.ToString();
            b.Configuration["Communications:Imap:Security"] = "none";
            b.Configuration["Communications:Imap:User"] = ImapServer.User;
            b.Configuration["Communications:Imap:Password"] = ImapServer.Password;
        });
        await comms.Member("1", "Åsa", "asa@exempel.se");
        await comms.Member("2", "Bo", "bo@exempel.se");
        await comms.Member("3", "Cy", "cy@exempel.se");
        var series = await comms.Series("På gång", "when-needed");
        async Task<int> Send(string subject)
        {
            var id = await comms.Draft(series, "Hej!", subject);
            var sent = await comms.Board.PostAsync($"/api/associations/solna/communications/newsletters/{id}/send", null);
            return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32();
        }
        (await Send("Första")).ShouldBe(3);
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(3);

        // Åsa's mail program writes to the mailto as the header gives it (subject with the token); Bo writes by hand from his address.
        var toAsa = comms.Received().Single(m => m.To.Mailboxes.Single().Address == "asa@exempel.se");
        var mailto = Regex.Match(toAsa.Headers["List-Unsubscribe"], @"<mailto:([^?]+)\?subject=([^>]+)>");
        mailto.Success.ShouldBeTrue(toAsa.Headers["List-Unsubscribe"]);
        await imap.Deliver(Mail("asa@exempel.se", mailto.Groups[1].Value, Uri.UnescapeDataString(mailto.Groups[2].Value)));
        await imap.Deliver(Mail("bo@exempel.se", mailto.Groups[1].Value, "Avregistrera mig"));
        var question = await imap.Deliver(Mail("cy@exempel.se", mailto.Groups[1].Value, "Fråga om mötet"));

        await comms.Host.Services.GetRequiredService<Federation.Communications.Domain.DueWork>().RunOnce();
        (await imap.Unread()).ShouldBe([question]); // a person still reads the rest
        (await Send("Andra")).ShouldBe(1, "only Cy still gets email");
        (await comms.Board.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/statistics?year={DateTime.UtcNow.Year}"))
            .GetProperty("unsubscribes").GetInt32().ShouldBe(2);
    }

    private static MimeMessage Mail(string from, string to, string subject)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = "Tack." } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }
}
