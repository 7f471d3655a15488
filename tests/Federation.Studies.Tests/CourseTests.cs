using Federation.Studies.Contracts;

namespace Federation.Studies.Tests;

/// <summary>The catalogue across associations, sign-ups and the waiting list, attendance and completions.</summary>
public sealed class CourseTests : IAsyncLifetime
{
    private StudiesHost host = null!;
    private HttpClient district = null!;
    private static readonly DateTime December = new(2026, 12, 5, 10, 0, 0);

    public async Task InitializeAsync()
    {
        host = await StudiesHost.Start();
        district = await host.Organiser("storstockholm");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_district_course_is_in_every_studies_associations_catalogue_and_a_member_signs_up_themselves()
    {
        var course = await district.Course("storstockholm");
        var occasion = await district.Occasion("storstockholm", course.Id, 10, December);
        var (member, memberId) = await host.Member("solna", "1001");

        var catalogue = await member.GetFromJsonAsync<PageOf<OccasionDto>>($"{Studies.Api("solna")}/occasions");
        catalogue!.Items.Single().Course.District.ShouldBeTrue();
        (await (await host.Organiser("alvsjo-hagersten")).GetFromJsonAsync<PageOf<OccasionDto>>($"{Studies.Api("alvsjo-hagersten")}/occasions"))!
            .Items.Single().Id.ShouldBe(occasion.Id);

        var response = await member.SignUp("solna", occasion.Id);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var row = (await response.Content.ReadFromJsonAsync<RosterDto>())!;
        (row.MemberId, row.Association, row.Status).ShouldBe((memberId, "solna", "confirmed"));
        (await member.GetFromJsonAsync<OccasionDto>($"{Studies.Api("solna")}/occasions/{occasion.Id}"))!.PlacesLeft.ShouldBe(9);

        var confirmation = host.Host.Published.In("solna").OfType<CourseSignUpConfirmed>().Single();
        (confirmation.MemberId, confirmation.OccasionId, confirmation.Course, confirmation.OnWaitingList).ShouldBe((memberId, occasion.Id, "Ledarskapsutbildningen", false));

        // Someone else cannot be booked by a member.
        (await member.SignUp("solna", occasion.Id, Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Fifty_concurrent_sign_ups_for_five_places_give_five_confirmed_and_a_waiting_list_without_gaps()
    {
        var course = await district.Course("storstockholm", "Helgkurs för nya medlemmar", "new-member");
        var occasion = await district.Occasion("storstockholm", course.Id, 5, December);
        var admin = host.Host.Client(await host.Host.TokenFor("admin@solna.test", "solna", "admin"));
        var members = new List<Guid>();
        for (var i = 0; i < 50; i++) members.Add(await host.AddMember(admin, "solna", $"2{i:D3}"));
        var solna = await host.Organiser("solna");

        var responses = await Task.WhenAll(members.Select(m => solna.SignUp("solna", occasion.Id, m)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var roster = await district.Roster("storstockholm", occasion.Id);
        roster.Count.ShouldBe(50);
        roster.Select(r => r.Position).ShouldBe(Enumerable.Range(1, 50), ignoreOrder: true);
        roster.Count(r => r.Status == "confirmed").ShouldBe(5);
        roster.Where(r => r.Status == "waiting").Select(r => r.WaitingNumber!.Value).Order().ShouldBe(Enumerable.Range(1, 45));
        var published = host.Host.Published.In("solna").OfType<CourseSignUpConfirmed>().ToList();
        (published.Count(p => !p.OnWaitingList), published.Count(p => p.OnWaitingList)).ShouldBe((5, 45));
    }

    [Fact]
    public async Task A_cancelled_place_goes_to_the_first_waiting_even_from_another_association_who_is_told()
    {
        var course = await district.Course("storstockholm");
        var occasion = await district.Occasion("storstockholm", course.Id, 1, December);
        var (solnaMember, solnaId) = await host.Member("solna", "3001");
        var (alvsjoMember, alvsjoId) = await host.Member("alvsjo-hagersten", "3002");
        (await solnaMember.SignUp("solna", occasion.Id)).EnsureSuccessStatusCode();
        var waiting = await (await alvsjoMember.SignUp("alvsjo-hagersten", occasion.Id)).Content.ReadFromJsonAsync<RosterDto>();
        (waiting!.Status, waiting.WaitingNumber).ShouldBe(("waiting", 1));

        var cancelled = await solnaMember.DeleteAsync($"{Studies.Api("solna")}/occasions/{occasion.Id}/signups/{solnaId}");
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync());

        var roster = await district.Roster("storstockholm", occasion.Id);
        roster.Single(r => r.MemberId == alvsjoId).Status.ShouldBe("confirmed");
        roster.Single(r => r.MemberId == solnaId).Status.ShouldBe("cancelled");
        var told = host.Host.Published.In("alvsjo-hagersten").OfType<CourseSignUpConfirmed>().ToList();
        told.Select(t => t.OnWaitingList).ShouldBe([true, false]);
    }

    [Fact]
    public async Task Sign_up_lists_are_the_organisers_own_and_foreign_courses_are_not_found()
    {
        var districtCourse = await district.Course("storstockholm");
        var districtOccasion = await district.Occasion("storstockholm", districtCourse.Id, 10, December);
        var solna = await host.Organiser("solna");
        var solnaCourse = await solna.Course("solna", "Internfeminism", "internal-feminism");
        var solnaOccasion = await solna.Occasion("solna", solnaCourse.Id, 10, December);
        var (member, _) = await host.Member("solna", "4001", "Lindgren");
        (await member.SignUp("solna", districtOccasion.Id)).EnsureSuccessStatusCode();
        (await member.SignUp("solna", solnaOccasion.Id)).EnsureSuccessStatusCode();
        var alvsjo = await host.Organiser("alvsjo-hagersten");

        // Another association's organiser sees the district course but none of Solna's sign-ups for it.
        (await alvsjo.Roster("alvsjo-hagersten", districtOccasion.Id)).ShouldBeEmpty();
        (await solna.Roster("solna", districtOccasion.Id)).Single().Name.ShouldContain("Lindgren");
        (await district.Roster("storstockholm", districtOccasion.Id)).Single().Association.ShouldBe("solna");
        // Solna's own course does not exist for Älvsjö-Hägersten, nor for the district.
        (await alvsjo.GetAsync($"{Studies.Api("alvsjo-hagersten")}/occasions/{solnaOccasion.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alvsjo.GetAsync($"{Studies.Api("alvsjo-hagersten")}/occasions/{solnaOccasion.Id}/signups")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await district.GetAsync($"{Studies.Api("storstockholm")}/courses/{solnaCourse.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A member of Solna has no business in Älvsjö-Hägersten's studies, and a member is no organiser.
        (await member.GetAsync($"{Studies.Api("alvsjo-hagersten")}/occasions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.GetAsync($"{Studies.Api("solna")}/occasions/{solnaOccasion.Id}/signups")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Sundbyberg has studies off.
        var sundbyberg = await host.Organiser("sundbyberg");
        (await sundbyberg.GetAsync($"{Studies.Api("sundbyberg")}/occasions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Attending_every_session_completes_the_course_and_a_correction_takes_it_back()
    {
        var course = await district.Course("storstockholm");
        var occasion = await district.Occasion("storstockholm", course.Id, 10, December, December.AddDays(7));
        var (member, memberId) = await host.Member("solna", "5001");
        var signUp = (await (await member.SignUp("solna", occasion.Id)).Content.ReadFromJsonAsync<RosterDto>())!;
        var early = await district.PutAsJsonAsync($"{Studies.Api("storstockholm")}/occasions/{occasion.Id}/sessions/{occasion.Sessions[0].Id}/attendance", new { present = new[] { signUp.SignUpId } });
        (await early.Problems()).ShouldContain("när kurspasset har börjat");

        host.Clock.Now = new DateTimeOffset(2026, 12, 13, 12, 0, 0, TimeSpan.Zero);
        async Task<List<RosterDto>> Mark(int session, params Guid[] present)
        {
            var response = await district.PutAsJsonAsync($"{Studies.Api("storstockholm")}/occasions/{occasion.Id}/sessions/{occasion.Sessions[session].Id}/attendance", new { present });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<List<RosterDto>>())!;
        }
        (await Mark(0, signUp.SignUpId)).Single().Completed.ShouldBeFalse();
        (await Mark(1, signUp.SignUpId)).Single().Completed.ShouldBeTrue();
        var completed = host.Host.Published.In("solna").OfType<CourseCompleted>().Single();
        (completed.MemberId, completed.CourseId, completed.CourseKind, completed.CompletedOn).ShouldBe((memberId, course.Id, "leadership", new DateOnly(2026, 12, 12)));

        var mine = await member.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Studies.Api("solna")}/me");
        mine.GetProperty("completions")[0].GetProperty("course").GetString().ShouldBe("Ledarskapsutbildningen");

        (await Mark(1)).Single().Completed.ShouldBeFalse();
    }

    [Fact]
    public async Task An_organiser_records_a_completion_and_a_course_needs_a_known_kind()
    {
        var solna = await host.Organiser("solna");
        var bad = await solna.PostAsJsonAsync($"{Studies.Api("solna")}/courses", new { title = "", kind = "juggling" });
        var problems = await bad.Problems();
        problems.ShouldContain("Ange kursens namn");
        problems.ShouldContain("Okänd kurstyp 'juggling'");

        var course = await solna.Course("solna", "Valberedningskurs", "nomination-committee");
        var occasion = await solna.Occasion("solna", course.Id, null, December);
        var (member, _) = await host.Member("solna", "6001");
        var signUp = (await (await member.SignUp("solna", occasion.Id)).Content.ReadFromJsonAsync<RosterDto>())!;
        var response = await solna.PostAsJsonAsync($"{Studies.Api("solna")}/occasions/{occasion.Id}/completions", new { signUpId = signUp.SignUpId });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await solna.Roster("solna", occasion.Id)).Single().Completed.ShouldBeTrue();
        host.Host.Published.In("solna").OfType<CourseCompleted>().Single().CourseKind.ShouldBe("nomination-committee");
        // The district cannot record completions of Solna's course.
        (await district.PostAsJsonAsync($"{Studies.Api("storstockholm")}/occasions/{occasion.Id}/completions", new { signUpId = signUp.SignUpId }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task More_places_move_the_waiting_up_and_fewer_than_already_promised_are_refused()
    {
        var course = await district.Course("storstockholm");
        var occasion = await district.Occasion("storstockholm", course.Id, 1, December);
        var (first, _) = await host.Member("solna", "6101");
        var (second, secondId) = await host.Member("solna", "6102");
        (await first.SignUp("solna", occasion.Id)).EnsureSuccessStatusCode();
        (await second.SignUp("solna", occasion.Id)).EnsureSuccessStatusCode();

        var changed = await district.PutAsJsonAsync($"{Studies.Api("storstockholm")}/occasions/{occasion.Id}", new { place = "ABF-huset", capacity = 2 });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        (await changed.Content.ReadFromJsonAsync<OccasionDto>())!.Place.ShouldBe("ABF-huset");
        (await district.Roster("storstockholm", occasion.Id)).ShouldAllBe(r => r.Status == "confirmed");
        var told = host.Host.Published.In("solna").OfType<CourseSignUpConfirmed>().Where(c => c.MemberId == secondId).ToList();
        told.Select(t => t.OnWaitingList).ShouldBe([true, false]);

        var fewer = await district.PutAsJsonAsync($"{Studies.Api("storstockholm")}/occasions/{occasion.Id}", new { capacity = 1 });
        (await fewer.Problems()).ShouldContain("2 har redan en plats");
        (await (await host.Organiser("solna")).PutAsJsonAsync($"{Studies.Api("solna")}/occasions/{occasion.Id}", new { capacity = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
