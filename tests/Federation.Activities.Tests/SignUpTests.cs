using Federation.Activities.Contracts;
using Federation.Activities.Storage;

namespace Federation.Activities.Tests;

/// <summary>Sign-ups, the waiting list, attendance and elected officials' participation.</summary>
public sealed class SignUpTests : IAsyncLifetime
{
    private TestHost host = null!;
    private HttpClient solna = null!;

    public async Task InitializeAsync()
    {
        host = await TestHost.Start();
        solna = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task<HttpResponseMessage> Book(Guid activity, Guid member) =>
        solna.PostAsJsonAsync($"/api/associations/solna/activities/{activity}/signups", new { memberId = member });

    [Fact]
    public async Task When_full_sign_ups_wait_and_a_cancellation_promotes_the_first_in_line()
    {
        var activity = await solna.Create("solna", Calendars.Activity("Flygbladsutdelning", "leafleting", max: 2));
        var (a, b, c, d) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        foreach (var m in new[] { a, b, c, d }) (await Book(activity.Id, m)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var listed = await solna.GetFromJsonAsync<List<SignUpRow>>($"/api/associations/solna/activities/{activity.Id}/signups");
        listed!.Select(s => s.Status).ShouldBe(["confirmed", "confirmed", "waiting", "waiting"]);

        var cancelled = await solna.DeleteAsync($"/api/associations/solna/activities/{activity.Id}/signups/{a}");
        (await cancelled.Content.ReadFromJsonAsync<Cancellation>())!.Promoted.ShouldBe(c);
        var after = (await solna.GetFromJsonAsync<List<SignUpRow>>($"/api/associations/solna/activities/{activity.Id}/signups"))!;
        after.Single(s => s.MemberId == c).Status.ShouldBe("confirmed");
        after.Single(s => s.MemberId == d).Status.ShouldBe("waiting");
        after.Single(s => s.MemberId == a).Status.ShouldBe("cancelled");
        var occurrence = (await solna.List("solna")).Single();
        (occurrence.Confirmed, occurrence.Waiting).ShouldBe((2, 1));

        // Cancelling a waiting place promotes no one.
        var waiting = await solna.DeleteAsync($"/api/associations/solna/activities/{activity.Id}/signups/{d}");
        (await waiting.Content.ReadFromJsonAsync<Cancellation>())!.Promoted.ShouldBeNull();
    }

    [Fact]
    public async Task A_member_without_a_member_record_cannot_sign_up_or_book_others()
    {
        var activity = await solna.Create("solna", Calendars.Activity());
        var member = host.Client(await host.TokenFor("medlem@solna.test", "solna", "member"));
        var own = await member.PostAsJsonAsync($"/api/associations/solna/activities/{activity.Id}/signups", new { });
        (await own.Problems()).ShouldContain("inte kopplat till någon medlem");
        var other = await member.PostAsJsonAsync($"/api/associations/solna/activities/{activity.Id}/signups", new { memberId = Guid.NewGuid() });
        other.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await solna.GetFromJsonAsync<List<SignUpRow>>($"/api/associations/solna/activities/{activity.Id}/signups"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task Attendance_after_the_activity_publishes_held_counts_and_one_record_per_member()
    {
        var future = await solna.Create("solna", Calendars.Activity("Senare", start: "2030-01-10T18:00", end: "2030-01-10T20:00"));
        var early = await solna.PostAsJsonAsync($"/api/associations/solna/activities/{future.Id}/attendance", new { marks = new[] { new { memberId = Guid.NewGuid(), outcome = "Attended" } } });
        (await early.Problems()).ShouldContain("när aktiviteten har börjat");

        var past = await solna.Create("solna", Calendars.Activity("Torgmöte", "square-meeting", "2026-09-12T11:00", "2026-09-12T13:00"));
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var response = await solna.PostAsJsonAsync($"/api/associations/solna/activities/{past.Id}/attendance", new
        {
            marks = new[] { new { memberId = a, outcome = "attended" }, new { memberId = b, outcome = "attended" }, new { memberId = c, outcome = "no-show" } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var messages = host.Published.In("solna");
        messages.OfType<AttendanceRecorded>().Count().ShouldBe(3);
        var held = messages.OfType<ActivityHeld>().Single();
        (held.Attended, held.NoShows).ShouldBe((2, 1));
    }

    [Fact]
    public async Task Elected_officials_behind_their_per_person_targets_are_shown()
    {
        // Solna 2024: two leafletings a semester and one square meeting a year per official.
        var (keen, lagging) = (await solna.NewMemberId("solna", "O-1", "Aktiv"), await solna.NewMemberId("solna", "O-2", "Sen"));
        // The board keeps the one list of officials; activities reads it.
        foreach (var official in new[] { keen, lagging })
            (await solna.PostAsJsonAsync("/api/associations/solna/board/elected-officials", new { memberId = official, from = "2026-01-01" })).EnsureSuccessStatusCode();
        foreach (var (type, date) in new[] { ("leafleting", "2026-02-10"), ("leafleting", "2026-03-10"), ("square-meeting", "2026-04-10"), ("leafleting", "2026-09-10") })
        {
            var activity = await solna.Create("solna", Calendars.Activity(type, type, $"{date}T16:00", $"{date}T18:00"));
            var marks = new List<object> { new { memberId = keen, outcome = "attended" } };
            if (type == "leafleting" && date == "2026-02-10") marks.Add(new { memberId = lagging, outcome = "attended" });
            (await solna.PostAsJsonAsync($"/api/associations/solna/activities/{activity.Id}/attendance", new { marks })).EnsureSuccessStatusCode();
        }

        var report = (await solna.GetFromJsonAsync<List<Progress>>("/api/associations/solna/activity-officials/participation?year=2026"))!;
        report.Single(r => r.MemberId == keen && r.Period == "VT 2026").Attended.ShouldBe(2);
        report.Where(r => r.MemberId == keen && r.Period != "HT 2026").ShouldAllBe(r => !r.Behind);
        report.Single(r => r.MemberId == keen && r.Period == "HT 2026").Behind.ShouldBeTrue("one leafleting of two in the autumn");
        var lag = report.Where(r => r.MemberId == lagging).ToList();
        lag.Single(r => r.Period == "VT 2026").Behind.ShouldBeTrue();
        lag.Single(r => r.ActivityType == "square-meeting").Behind.ShouldBeTrue();
    }

    [Fact]
    public async Task An_erased_member_loses_sign_ups_but_the_held_counts_stay()
    {
        var member = await solna.NewMemberId("solna", "O-3", "Raderas");
        var upcoming = await solna.Create("solna", Calendars.Activity("Kommande"));
        (await Book(upcoming.Id, member)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var past = await solna.Create("solna", Calendars.Activity("Hållet", start: "2026-10-01T18:00", end: "2026-10-01T20:00"));
        (await solna.PostAsJsonAsync($"/api/associations/solna/activities/{past.Id}/attendance", new { marks = new[] { new { memberId = member, outcome = "attended" } } })).EnsureSuccessStatusCode();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Federation.Platform.Tenancy.AssociationContext>()
                .Enter(scope.ServiceProvider.GetRequiredService<Federation.Platform.Tenancy.IAssociationDirectory>().Find("solna")!);
            var db = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
            db.Publish(new Federation.Membership.Contracts.MemberErased("solna", member));
            await db.SaveChangesAsync();
        }
        await host.Deliver();

        await TestHost.Eventually(async () =>
            (await solna.GetFromJsonAsync<List<SignUpRow>>($"/api/associations/solna/activities/{upcoming.Id}/signups"))!.Count == 0, "sign-ups removed");
        (await solna.GetFromJsonAsync<List<SignUpRow>>($"/api/associations/solna/activities/{past.Id}/signups"))!.ShouldBeEmpty();
        (await solna.GetFromJsonAsync<Occurrence>($"/api/associations/solna/activities/{past.Id}", Calendars.Json))!.Held.ShouldBeTrue();
        (await solna.GetStringAsync($"/api/associations/solna/activities/{past.Id}")).ShouldNotContain(member.ToString());
    }

    [Fact]
    public async Task A_members_feed_holds_only_their_sign_ups()
    {
        var member = Guid.NewGuid();
        var mine = await solna.Create("solna", Calendars.Activity("Min aktivitet", start: DateTime.Today.AddDays(3).ToString("yyyy-MM-dd") + "T18:00", end: DateTime.Today.AddDays(3).ToString("yyyy-MM-dd") + "T20:00"));
        await solna.Create("solna", Calendars.Activity("Inte min", start: DateTime.Today.AddDays(4).ToString("yyyy-MM-dd") + "T18:00", end: DateTime.Today.AddDays(4).ToString("yyyy-MM-dd") + "T20:00"));
        (await Book(mine.Id, member)).StatusCode.ShouldBe(HttpStatusCode.OK);

        string token;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Federation.Platform.Tenancy.AssociationContext>()
                .Enter(scope.ServiceProvider.GetRequiredService<Federation.Platform.Tenancy.IAssociationDirectory>().Find("solna")!);
            token = await scope.ServiceProvider.GetRequiredService<Federation.Activities.ICal.Feeds>().Rotate(Federation.Activities.ICal.FeedOwner.SignUpsOf(member), default);
        }
        var feed = ICalendarParser.Parse(await host.Client().GetByteArrayAsync($"/api/associations/solna/activity-feeds/{token}.ics"));
        feed.All("VEVENT").Single()["UID"].ShouldBe($"{mine.Id}@activities.federation");
    }

    private sealed record SignUpRow(Guid MemberId, string Status, int Position);

    private sealed record Cancellation(Guid Cancelled, Guid? Promoted);

    private sealed record Progress(Guid MemberId, string Name, string ActivityType, string Period, int Required, int Attended, bool Behind);
}
