using Federation.Activities.Storage;

namespace Federation.Activities.Tests;

/// <summary>Creating, editing and cancelling activities; validation; the district's shared days; isolation.</summary>
public sealed class CalendarTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient solna = null!;

    public async Task InitializeAsync()
    {
        // A sixth association without the activities module.
        host = await TestHost.Start(b =>
        {
            b.Configuration["Associations:5:Id"] = "tyreso";
            b.Configuration["Associations:5:Name"] = "Vänsterpartiet Tyresö";
            b.Configuration["Associations:5:Modules:0"] = "membership";
        });
        solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_activity_is_listed_with_stockholm_times_and_its_events_are_published()
    {
        var created = await solna.Create("solna", Calendars.Activity("Torgmöte", "square-meeting", "2027-06-12T11:00", "2027-06-12T13:00", min: 2, max: 10));
        created.Start.ShouldBe(new DateTimeOffset(2027, 6, 12, 11, 0, 0, TimeSpan.FromHours(2)));

        var edited = await solna.PutAsJsonAsync($"/api/associations/solna/activities/{created.Id}",
            Calendars.Activity("Torgmöte på Solna torg", "square-meeting", "2027-06-12T12:00", "2027-06-12T14:00"));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await solna.PostAsync($"/api/associations/solna/activities/{created.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var listed = (await solna.List("solna", type: "square-meeting")).ShouldHaveSingleItem();
        listed.Title.ShouldBe("Torgmöte på Solna torg");
        listed.Cancelled.ShouldBeTrue();
        (await solna.List("solna", type: "leafleting")).ShouldBeEmpty();
        OutboxTypes().ShouldBe(["ActivityScheduled", "ActivityChanged", "ActivityCancelled"]);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_each_problem_and_nothing_is_stored()
    {
        var response = await solna.PostAsJsonAsync("/api/associations/solna/activities",
            Calendars.Activity("Möte", "party", "2027-02-10T20:00", "2027-02-10T18:00", min: 10, max: 5));
        var problems = await response.Problems();
        problems.ShouldContain("Okänd aktivitetstyp ”party”");
        problems.ShouldContain("Slutet måste ligga efter starten.");
        problems.ShouldContain("Högsta antalet deltagare (5) är mindre än minsta (10).");

        var existing = await solna.Create("solna", Calendars.Activity("Medlemsmöte"));
        var edit = await solna.PutAsJsonAsync($"/api/associations/solna/activities/{existing.Id}",
            Calendars.Activity("", start: "2027-02-10T18:00", end: "2027-02-10T18:00"));
        (await edit.Problems()).ShouldContain("Ange en rubrik.");
        (await solna.List("solna")).ShouldHaveSingleItem().Title.ShouldBe("Medlemsmöte");
        OutboxTypes().ShouldBe(["ActivityScheduled"]);

        var range = await solna.GetAsync("/api/associations/solna/activities?from=2027-05-01&to=2027-01-01");
        (await range.Problems()).ShouldContain("ligger före dess början");
    }

    [Fact]
    public async Task District_wide_days_reach_every_association_with_activities_and_stay_in_step()
    {
        var district = host.Client(await host.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
        var day = await district.Create("storstockholm", Calendars.Activity("Första maj", "district-event", "2027-05-01T11:00", "2027-05-01T15:00", districtWide: true));

        foreach (var association in new[] { "solna", "alvsjo-hagersten", "sundbyberg", "liljeholmen-hagersten", "skarholmen" })
        {
            var client = host.Client(await host.TokenFor($"medlem@{association}.test", association, "member"));
            var copy = (await client.List(association)).ShouldHaveSingleItem();
            copy.CalendarId.ShouldBe(day.Id);
            copy.HostAssociationId.ShouldBe("storstockholm");
        }

        // The district moves it; every copy follows. A copy cannot be changed where it is shown.
        (await district.PutAsJsonAsync($"/api/associations/storstockholm/activities/{day.Id}",
            Calendars.Activity("Första maj – demonstration", "district-event", "2027-05-01T12:00", "2027-05-01T16:00", districtWide: true))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var solnaCopy = (await solna.List("solna")).ShouldHaveSingleItem();
        solnaCopy.Title.ShouldBe("Första maj – demonstration");
        solnaCopy.Start.Hour.ShouldBe(12);
        var refused = await solna.PostAsync($"/api/associations/solna/activities/{solnaCopy.Id}/cancel", null);
        (await refused.Problems()).ShouldContain("arrangeras av storstockholm");

        // Only the district publishes district-wide days.
        var notDistrict = await solna.PostAsJsonAsync("/api/associations/solna/activities", Calendars.Activity(districtWide: true));
        (await notDistrict.Problems()).ShouldContain("Bara distriktet publicerar distriktsgemensamma dagar.");
    }

    [Fact]
    public async Task A_co_hosted_activity_appears_for_each_host_and_leaves_when_the_co_host_is_removed()
    {
        var created = await solna.Create("solna", Calendars.Activity("Gemensamt medlemsmöte", coHosts: ["sundbyberg"]));
        var sundbyberg = host.Client(await host.TokenFor("styrelse@sundbyberg.test", "sundbyberg", "board"));
        (await sundbyberg.List("sundbyberg")).ShouldHaveSingleItem().CalendarId.ShouldBe(created.Id);

        (await solna.PutAsJsonAsync($"/api/associations/solna/activities/{created.Id}", Calendars.Activity("Gemensamt medlemsmöte"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sundbyberg.List("sundbyberg")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_association_without_the_module_has_no_calendar_and_gets_no_district_days()
    {
        var district = host.Client(await host.TokenFor("styrelse@storstockholm.test", "storstockholm", "board"));
        await district.Create("storstockholm", Calendars.Activity("8 mars", "district-event", "2027-03-08T17:00", "2027-03-08T19:00", districtWide: true));

        var tyreso = host.Client(await host.TokenFor("styrelse@tyreso.test", "tyreso", "board"));
        (await tyreso.GetAsync("/api/associations/tyreso/activities")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tyreso.GetAsync("/a/tyreso/activities")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await host.Client().GetAsync("/api/associations/tyreso/activity-feeds/anything.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Federation.Platform.Tenancy.AssociationContext>()
            .Enter(scope.ServiceProvider.GetRequiredService<Federation.Platform.Tenancy.IAssociationDirectory>().Find("tyreso")!);
        scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>().Activities.Count().ShouldBe(0);
    }

    [Fact]
    public async Task Associations_see_only_their_own_calendar()
    {
        await solna.Create("solna", Calendars.Activity("Solnas möte"));
        var alvsjo = host.Client(await host.TokenFor("styrelse@alvsjo.test", "alvsjo-hagersten", "board"));
        await alvsjo.Create("alvsjo-hagersten", Calendars.Activity("Älvsjös möte"));

        (await solna.List("solna")).ShouldHaveSingleItem().Title.ShouldBe("Solnas möte");
        (await alvsjo.GetAsync("/api/associations/solna/activities")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var solnaId = (await solna.List("solna")).Single().Id;
        (await alvsjo.PostAsync($"/api/associations/alvsjo-hagersten/activities/{solnaId}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await solna.List("solna")).Single().Cancelled.ShouldBeFalse();
    }

    [Fact]
    public async Task Board_only_activities_are_hidden_from_members()
    {
        var response = await solna.PostAsJsonAsync("/api/associations/solna/activities", new
        {
            type = "board-meeting", title = "Styrelsemöte", start = "2027-02-01T18:00", end = "2027-02-01T20:00", visibility = "board",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var member = host.Client(await host.TokenFor("medlem@solna.test", "solna", "member"));
        (await member.List("solna")).ShouldBeEmpty();
        (await solna.List("solna")).ShouldHaveSingleItem();
    }

    private List<string> OutboxTypes() => host.Published.In("solna").Select(e => e.GetType().Name).ToList();
}
