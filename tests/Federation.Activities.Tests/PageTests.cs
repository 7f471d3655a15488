namespace Federation.Activities.Tests;

/// <summary>The calendar pages: list, month, year wheel, the district's combined view and follow-up.</summary>
public sealed class PageTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient solna = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_list_and_month_views_show_occurrences_and_filter_by_type()
    {
        var next = DateTime.Today.AddDays(10);
        await solna.Create("solna", Calendars.Activity("Torgmöte på Solna torg", "square-meeting", $"{next:yyyy-MM-dd}T11:00", $"{next:yyyy-MM-dd}T13:00"));
        await solna.Create("solna", Calendars.Activity("Vänsterpizza", "social", $"{next:yyyy-MM-dd}T18:00", $"{next:yyyy-MM-dd}T21:00"));

        var list = await solna.GetStringAsync("/a/solna/activities");
        list.ShouldContain("Torgmöte på Solna torg");
        list.ShouldContain("Vänsterpizza");
        var filtered = await solna.GetStringAsync("/a/solna/activities?type=social");
        filtered.ShouldContain("Vänsterpizza");
        filtered.ShouldNotContain("Torgmöte på Solna torg");
        var month = await solna.GetStringAsync($"/a/solna/activities?view=month&month={next:yyyy-MM}");
        month.ShouldContain("18:00 Vänsterpizza");
        var empty = await solna.GetStringAsync("/a/solna/activities?type=phone-bank");
        empty.ShouldContain("Inga aktiviteter i den här perioden.");
    }

    [Fact]
    public async Task The_year_wheel_draws_each_recurring_series_as_a_ring()
    {
        await solna.CreateSeries("solna", new { rule = "vansterpizza", from = "2027-01-01", until = "2027-12-31" });
        var page = await solna.GetStringAsync("/a/solna/activities/year-wheel?year=2027");
        page.ShouldContain("<svg");
        page.ShouldContain("Vänsterpizza (12)");
        System.Text.RegularExpressions.Regex.Matches(page, "<title>Vänsterpizza 2027-").Count.ShouldBe(12);
    }

    [Fact]
    public async Task The_district_sees_every_associations_activities_and_the_priority_area_report()
    {
        var alvsjo = host.Client(await host.TokenFor("styrelse@alvsjo.test", "alvsjo-hagersten", "board"));
        var past = DateTime.Today.AddDays(-20);
        await alvsjo.Create("alvsjo-hagersten", Calendars.Activity("Flygblad i Fruängen", "leafleting", $"{past:yyyy-MM-dd}T16:00", $"{past:yyyy-MM-dd}T18:00", area: "Fruängen"));
        var next = DateTime.Today.AddDays(5);
        await solna.Create("solna", Calendars.Activity("Solnas medlemsmöte", start: $"{next:yyyy-MM-dd}T18:00", end: $"{next:yyyy-MM-dd}T20:00"));

        var office = host.Client(await host.TokenFor("kansli@district.test", "district", "district-office"));
        var all = await office.GetStringAsync("/a/storstockholm/activities?all=true");
        all.ShouldContain("Solnas medlemsmöte");
        all.ShouldContain("Vänsterpartiet Solna");
        var api = await office.GetStringAsync($"/api/associations/storstockholm/district-activities?from={past:yyyy-MM-dd}&to={next:yyyy-MM-dd}");
        api.ShouldContain("Solnas medlemsmöte");
        api.ShouldContain("Flygblad i Fruängen");
        (await (await solna.GetAsync("/api/associations/solna/district-activities")).Problems()).ShouldContain("läses i distriktet");

        var report = await office.GetFromJsonAsync<Report>($"/api/associations/storstockholm/activity-priority-report?year={past.Year}");
        var row = report!.Associations.Single(a => a.AssociationId == "alvsjo-hagersten");
        row.Held.ShouldBe(1);
        row.Areas.ShouldContain("Telefonplan");
        report.Associations.Single(a => a.AssociationId == "solna").Held.ShouldBe(0);
        (await office.GetStringAsync("/a/storstockholm/activities/follow-up")).ShouldContain("Vänsterpartiet Älvsjö-Hägersten");
    }

    [Fact]
    public async Task An_association_can_name_its_own_priority_areas()
    {
        (await solna.PostAsJsonAsync("/api/associations/solna/activity-priority-areas", new { name = "Hallonbergen" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await solna.PostAsJsonAsync("/api/associations/solna/activity-priority-areas", new { name = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await solna.GetFromJsonAsync<List<string>>("/api/associations/solna/activity-priority-areas"))!.ShouldBe(["Hallonbergen"]);
        var created = await solna.Create("solna", Calendars.Activity("Dörrknackning", "door-knocking", area: "hallonbergen"));
        created.InPriorityArea.ShouldBeTrue();
    }

    [Fact]
    public async Task The_new_activity_form_names_problems_and_saves_valid_input()
    {
        var form = await solna.GetAsync("/a/solna/activities/new");
        var html = await form.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        async Task<HttpResponseMessage> Post(string start, string end)
        {
            var post = new HttpRequestMessage(HttpMethod.Post, "/a/solna/activities/new")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["_handler"] = "activity-form", ["__RequestVerificationToken"] = token, ["Input.Type"] = "study-evening",
                    ["Input.Title"] = "Studiecirkel om hyror", ["Input.Start"] = start, ["Input.End"] = end, ["Input.Visibility"] = "members",
                }),
            };
            post.Headers.Add("Cookie", cookies);
            return await solna.SendAsync(post);
        }

        var refused = await Post("2027-02-10T20:00", "2027-02-10T18:00");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Slutet måste ligga efter starten.");
        (await solna.List("solna")).ShouldBeEmpty();

        var saved = await Post("2027-02-10T18:00", "2027-02-10T20:00");
        saved.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Found, HttpStatusCode.SeeOther);
        var activity = (await solna.List("solna")).ShouldHaveSingleItem();
        activity.Title.ShouldBe("Studiecirkel om hyror");
        activity.Start.ShouldBe(new DateTimeOffset(2027, 2, 10, 18, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task An_organiser_marks_attendance_on_the_activity_page_afterwards()
    {
        var activity = await solna.Create("solna", Calendars.Activity("Flygblad", "leafleting", "2026-10-03T11:00", "2026-10-03T13:00"));
        var (came, stayed) = (Guid.NewGuid(), Guid.NewGuid());
        foreach (var m in new[] { came, stayed })
            (await solna.PostAsJsonAsync($"/api/associations/solna/activities/{activity.Id}/signups", new { memberId = m })).EnsureSuccessStatusCode();

        var url = $"/a/solna/activities/{activity.Id}";
        var response = await FormPost(url, "attendance", new() { [$"outcome-{came}"] = "Attended", [$"outcome-{stayed}"] = "NoShow" });
        (await response.Content.ReadAsStringAsync()).ShouldContain("Närvaron är sparad.");

        var held = await solna.GetFromJsonAsync<Occurrence>($"/api/associations/solna/activities/{activity.Id}", Calendars.Json);
        held!.Held.ShouldBeTrue();
        (await solna.GetStringAsync($"/api/associations/solna/activities/{activity.Id}/signups")).ShouldContain("\"attendance\":\"noshow\"");
    }

    private async Task<HttpResponseMessage> FormPost(string url, string handler, Dictionary<string, string> fields)
    {
        var form = await solna.GetAsync(url);
        var html = await form.Content.ReadAsStringAsync();
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        return await solna.SendAsync(post);
    }

    private sealed record Report(List<Row> Associations, int RegularCount);

    private sealed record Row(string AssociationId, List<string> Areas, int Held, int Months, bool Regular);
}
