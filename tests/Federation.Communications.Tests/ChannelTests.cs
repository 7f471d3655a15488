using System.Text.Json;
using Federation.Communications.Domain;
using PdfSharp.Pdf.IO;

namespace Federation.Communications.Tests;

/// <summary>SMS (segments, cost, the 46elks contract), printed letters (the PDF) and the media log's numbers.</summary>
public sealed class ChannelTests
{
    [Theory]
    [InlineData("", true, 0, 0)]
    [InlineData("Hej Åsa! Medlemsmöte på torsdag kl 18 i Folkets hus, välkommen!", true, 63, 1)]
    [InlineData("Ä", true, 1, 1)]
    [InlineData("€", true, 2, 1)]          // the extension table costs two
    [InlineData("Hej 😀", false, 6, 1)]    // an emoji makes the message UCS-2 (a surrogate pair is two units)
    [InlineData("Pris – 20 kr", false, 12, 1)] // the en dash is not GSM
    public void Segments_are_counted_as_networks_bill_them(string text, bool gsm, int units, int segments)
    {
        var count = SmsSegments.Count(text);
        (count.Gsm, count.Units, count.Segments).ShouldBe((gsm, units, segments));
    }

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Gsm_text_takes_160_alone_and_153_a_segment_split(int length, int segments) =>
        SmsSegments.Count(new string('å', length)).Segments.ShouldBe(segments);

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Ucs2_text_takes_70_alone_and_67_a_segment_split(int length, int segments) =>
        SmsSegments.Count("ş" + new string('a', length - 1)).Segments.ShouldBe(segments);

    [Theory]
    [InlineData(80, 2)] // 79 + "{" counted twice = 81 > 160? no: 2 * 80 = 160 units with every char in the extension table
    public void Extension_characters_count_double_towards_the_limit(int braces, int segments) =>
        SmsSegments.Count(new string('{', braces) + "x").Segments.ShouldBe(segments);

    [Fact]
    public async Task An_sms_goes_to_members_who_opted_in_through_the_46elks_contract_with_the_cost_shown_first()
    {
        await using var elks = await FakeElks.Start();
        await using var comms = await CommsHost.Start(b =>
        {
            elks.Configure(b);
            b.Configuration["Communications:Sms:From"] = "VSolna";
            b.Configuration["Communications:Sms:PricePerSegment"] = "0.50";
        });
        await comms.Member("1", "Åsa", null, phone: "070-111 22 33", contactBySms: true);
        await comms.Member("2", "Bo", null, phone: "0702223344", contactBySms: false);
        await comms.Member("3", "Cy", null, phone: "0700000000", contactBySms: true); // the gateway refuses this number

        var estimate = await (await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/sms/estimate",
            new { text = "Hej {{förnamn}}! Medlemsmöte i kväll 18.00." })).Content.ReadFromJsonAsync<JsonElement>();
        estimate.GetProperty("recipients").GetInt32().ShouldBe(2);
        estimate.GetProperty("segments").GetInt32().ShouldBe(2);
        estimate.GetProperty("cost").GetDecimal().ShouldBe(1.00m);
        (await comms.Board.GetStringAsync("/a/solna/communications/sms")).ShouldContain("Räkna kostnad");

        var sent = await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/sms", new { text = "Hej {{förnamn}}! Medlemsmöte i kväll 18.00." });
        sent.StatusCode.ShouldBe(HttpStatusCode.Accepted, await sent.Content.ReadAsStringAsync());
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await comms.Host.Deliver();
        elks.Received.ShouldHaveSingleItem().ShouldBe(("VSolna", "+46701112233", "Hej Åsa! Medlemsmöte i kväll 18.00."));
        var deliveries = await comms.Board.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/mailings/{id}/deliveries");
        var failed = deliveries.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("status").GetString() == "failed");
        failed.GetProperty("reply").GetString().ShouldBe("403 Invalid to number");
    }

    [Theory]
    [InlineData("STOP", true)]
    [InlineData("stopp", true)]
    [InlineData("Stoppa!", true)]
    [InlineData("  Stop. Tack ändå", true)]
    [InlineData("avsluta", true)]
    [InlineData("Jag kommer på mötet", false)]
    [InlineData("stoppar du mig?", false)]
    public void Stop_is_the_first_word_in_any_case_and_its_swedish_forms(string message, bool stop) =>
        InboundStops.IsStop(message).ShouldBe(stop);

    [Fact]
    public async Task A_stop_sent_to_the_46elks_webhook_with_its_secret_ends_sms_to_that_member_at_once()
    {
        await using var elks = await FakeElks.Start();
        await using var comms = await CommsHost.Start(b =>
        {
            elks.Configure(b);
            b.Configuration["Communications:Sms:WebhookSecret"] = "k7Hq2";
        });
        await comms.Member("1", "Åsa", null, phone: "070-111 22 33", contactBySms: true);
        await comms.Member("2", "Bo", null, phone: "0702223344", contactBySms: true);
        async Task<int> Recipients() => (await (await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/sms/estimate",
            new { text = "Hej" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32();
        (await Recipients()).ShouldBe(2);
        var anonymous = comms.Host.Client();

        (await FakeElks.Incoming(anonymous, "/api/associations/solna/communications/sms/incoming/gissat", "+46701112233", "STOP"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound); // a wrong secret changes nothing
        (await FakeElks.Incoming(anonymous, "/api/associations/solna/communications/sms/incoming/k7Hq2", "+46701112233", "Jag kommer!"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Recipients()).ShouldBe(2);

        var stop = await FakeElks.Incoming(anonymous, "/api/associations/solna/communications/sms/incoming/k7Hq2", "+46701112233", "Stopp");
        stop.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stop.Content.ReadAsStringAsync()).ShouldContain("inga fler sms"); // 46elks sends the answer back as a reply
        (await Recipients()).ShouldBe(1);
        var year = DateTime.UtcNow.Year;
        (await comms.Board.GetFromJsonAsync<JsonElement>($"/api/associations/solna/communications/statistics?year={year}"))
            .GetProperty("unsubscribes").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_gateway_or_a_mail_server_nothing_is_sent_and_the_pages_say_so()
    {
        await using var host = await TestHost.Start();
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var page = await board.GetStringAsync("/a/solna/communications");
        page.ShouldContain("Ingen e-postserver är inställd");
        page.ShouldContain("Ingen sms-tjänst är inställd");
        var district = host.Client(await host.TokenFor("kansli@storstockholm.test", "storstockholm", "officer"));
        (await district.GetAsync("/a/storstockholm/communications")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.GetAsync("/a/sundbyberg/communications")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var sms = await board.PostAsJsonAsync("/api/associations/solna/communications/sms", new { text = "Hej" });
        sms.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sms.Content.ReadAsStringAsync()).ShouldContain("Ingen sms-tjänst är inställd");
        var test = await board.PostAsJsonAsync("/api/associations/solna/communications/newsletters/test", new { subject = "Hej", body = "Hej" });
        (await test.Content.ReadAsStringAsync()).ShouldContain("Ingen e-postserver är inställd");
    }

    [Fact]
    public async Task The_semesters_letter_is_an_A4_pdf_for_the_non_digital_members_with_the_address_in_the_envelope_window()
    {
        await using var comms = await CommsHost.Start();
        await comms.Member("1", "Åsa", null, nonDigital: true, street: "Storgatan 1", postalCode: "17141", city: "Solna");
        await comms.Member("2", "Bo", null, nonDigital: true, street: "Lillgatan 2", postalCode: "17142", city: "Solna");
        await comms.Member("3", "Cy", "cy@exempel.se", street: "Torget 3", postalCode: "17143", city: "Solna");
        await comms.Member("4", "Dan", null, nonDigital: true); // no address: cannot be posted

        var created = await comms.Board.PostAsJsonAsync("/api/associations/solna/communications/letters", new
        {
            semester = "2026 HT", subject = "Hej {{förnamn}}!",
            body = "## Hösten i {{förening}}\n\nVi ses på **medlemsmötet**, läs mer på [vår sida](https://solna.example/host).\n\n- Vänsterpizza\n- Röd lördag\n\n{{#om avregistrera}}Avregistrera{{/om}}<b>inte html</b>",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var letter = await created.Content.ReadFromJsonAsync<JsonElement>();
        letter.GetProperty("recipients").GetInt32().ShouldBe(2);
        var id = letter.GetProperty("id").GetGuid();

        var pdf = await comms.Board.GetByteArrayAsync($"/api/associations/solna/communications/letters/{id}.pdf");
        using (var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            document.PageCount.ShouldBe(2);
            foreach (var page in document.Pages)
            {
                page.Width.Point.ShouldBe(595, 1); // A4: 210 × 297 mm
                page.Height.Point.ShouldBe(842, 1);
            }
        }
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "printed-letter.pdf"), pdf); // for a person to look at
        var words = await PdfWords.Read(pdf);
        var asa = words.Where(w => w.Page == words.Single(x => x.Text == "Storgatan").Page).ToList();
        // The address block lies inside the left window of a C5/DL envelope: 20–105 mm from the left, 45–85 mm from the top.
        foreach (var word in new[] { "Åsa", "Andersson", "Storgatan", "1", "171", "41", "Solna" }.Select(t => asa.First(w => w.Text == t && w.Top < 85)))
        {
            word.Left.ShouldBeGreaterThanOrEqualTo(19.5);
            word.Right.ShouldBeLessThanOrEqualTo(105);
            word.Top.ShouldBeGreaterThanOrEqualTo(45);
            word.Bottom.ShouldBeLessThanOrEqualTo(85);
        }
        var text = asa.Text(asa[0].Page);
        text.ShouldContain("Hej Åsa!"); // the merge fields, as in a newsletter
        text.ShouldContain("Hösten i Vänsterpartiet Solna");
        text.ShouldContain("Vi ses på medlemsmötet, läs mer på vår sida (https://solna.example/host).");
        text.ShouldContain("• Vänsterpizza • Röd lördag");
        text.ShouldContain("<b>inte html</b>"); // raw HTML is shown as text, never interpreted
        text.ShouldNotContain("Avregistrera"); // paper has no unsubscribe link
        asa.Single(w => w.Text == "Hösten").Top.ShouldBeGreaterThan(100); // the text starts below the window

        var preview = await comms.Board.GetStringAsync($"/a/solna/communications/letters/{id}");
        preview.ShouldContain("Hösten i Vänsterpartiet Solna"); // the same component on screen
        preview.ShouldContain("171 41");
        var csv = await comms.Board.GetStringAsync($"/api/associations/solna/communications/letters/{id}/recipients.csv");
        csv.ShouldBe("name;street;postal_code;city\r\nBo Andersson;Lillgatan 2;17142;Solna\r\nÅsa Andersson;Storgatan 1;17141;Solna\r\n"); // Swedish order: Å after B
        (await comms.Board.GetFromJsonAsync<JsonElement>("/api/associations/solna/communications/statistics")).GetProperty("lettersPrinted").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task The_media_log_counts_appearances_per_kind_and_the_share_of_women_for_the_year()
    {
        await using var host = await TestHost.Start();
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        async Task Add(string date, string kind, int women, int men) =>
            (await board.PostAsJsonAsync("/api/associations/solna/communications/media",
                new { date, kind, outlet = "Mitt i Solna", title = "Debatt", link = "https://mitti.se/a", women, men, nonBinary = 0, notStated = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await Add("2026-03-01", "local", 2, 0);
        await Add("2026-04-01", "local", 1, 1);
        await Add("2026-05-01", "trade-press", 0, 1);
        await Add("2025-05-01", "regional", 0, 1);
        var bad = await board.PostAsJsonAsync("/api/associations/solna/communications/media", new { date = "2026-01-01", kind = "tv", outlet = "", link = "ftp://x", women = -1 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Okänd typ av medium");

        var year = await board.GetFromJsonAsync<JsonElement>("/api/associations/solna/communications/statistics?year=2026");
        var media = year.GetProperty("media");
        media.GetProperty("local").GetInt32().ShouldBe(2);
        media.GetProperty("regionalOrTradePress").GetInt32().ShouldBe(1);
        media.GetProperty("womenShare").GetDouble().ShouldBe(0.6, 0.001);
        (await board.GetStringAsync("/a/solna/communications/media?year=2026")).ShouldContain("Andel kvinnor bland de som syns: 60");
    }
}
