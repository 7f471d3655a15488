using Federation.Membership.Contracts;
using System.Text.Json;
using Federation.Activities.Contracts;
using Federation.Communications.Contracts;
using Federation.Membership.Calls;
using Federation.Membership.Domain;
using Federation.Membership.Import;
using Federation.Membership.Onboarding;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Tests;

/// <summary>
/// What follows a search or a call: smart lists saved from the member list, the done rule of an assignment,
/// calls flagged for an officer, and onboarding steps ticked by calls and by other modules' events.
/// </summary>
public sealed class FollowUpTests : IAsyncLifetime
{
    private TestHost host = null!;
    private TestClock clock = null!;
    private HttpClient board = null!;

    public async Task InitializeAsync()
    {
        (host, clock) = await MembershipHost.Start();
        board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task Import(string csv) =>
        host.In("solna", sp => sp.GetRequiredService<MemberImport>().Run(MembershipHost.Csv(csv), false));

    private Task<T> Queue<T>(Func<CallQueue, Task<T>> work) => host.In("solna", sp => work(sp.GetRequiredService<CallQueue>()));

    private async Task<Guid> NewMember(string number, string joinedOn = "2026-11-20")
    {
        (await board.PostAsJsonAsync("/api/associations/solna/members",
            new { memberNumber = number, firstName = "Ny", lastName = "Medlem", phone = "0701234567", joinedOn })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await host.Deliver();
        return await host.In("solna", sp => sp.GetRequiredService<MembershipDbContext>().Members.Where(m => m.MemberNumber == number).Select(m => m.Id).SingleAsync());
    }

    private Task<List<OnboardingTask>> Steps(Guid member) =>
        host.In("solna", sp => sp.GetRequiredService<MembershipDbContext>().Onboarding.AsNoTracking().Where(t => t.MemberId == member).ToListAsync());

    [Fact]
    public async Task A_search_saved_as_a_smart_list_is_listed_and_is_what_an_assignment_calls()
    {
        await Import("member_number,first_name,last_name,phone,joined_on,tags\n" +
            "1,Åsa,Öberg,0701111111,2015-01-01,studier\n2,Bo,Ek,0702222222,2015-01-01,flygblad\n3,Cy,Al,0703333333,2015-01-01,studier\n");
        var page = await board.GetStringAsync("/a/solna/members?tag=studier");
        page.ShouldContain("Spara som smart lista");
        page.ShouldContain("Inga sparade listor än.");

        var list = await host.In("solna", sp => sp.GetRequiredService<SmartLists>().Save("Studieintresserade", new MemberFilter(Tag: "studier")));

        (await board.GetStringAsync("/a/solna/members")).ShouldContain("members?tag=studier\">Studieintresserade</a>");
        (await board.GetStringAsync("/a/solna/calls")).ShouldContain($"<option value=\"{list.Id}\"");
        var assignment = await Queue(q => q.Create(new NewAssignment("Studier", null, list.Id, null, null)));
        (await Queue(q => q.Progress(assignment.Id))).Targets.ShouldBe(2);
    }

    [Fact]
    public async Task The_done_rule_gives_up_after_the_attempts_but_keeps_an_agreed_call_back()
    {
        await Import("member_number,first_name,last_name,phone,joined_on\n1,Åsa,Öberg,0701111111,2015-01-01\n2,Bo,Ek,0702222222,2015-01-01\n");
        (await Should.ThrowAsync<MemberValidationException>(() => Queue(q => q.Create(new NewAssignment("X", null, null, null, null, 1, MaxAttempts: 21)))))
            .Message.ShouldContain("between 0 (never give up) and 20");
        var assignment = await Queue(q => q.Create(new NewAssignment("Två försök", null, null, null, null, CooldownHours: 1, MaxAttempts: 2)));
        var outcomes = new Dictionary<Guid, List<CallOutcome>>();
        Guid? first = null;
        for (var round = 0; round < 3; round++)
        {
            while (await Queue(q => q.Next(assignment.Id, "a@solna.test")) is { } target)
            {
                var list = outcomes.TryGetValue(target.MemberId, out var l) ? l : outcomes[target.MemberId] = [];
                // The first person called asks to be called back on the second attempt; the other never answers.
                first ??= target.MemberId;
                var callBack = target.Attempts == 1 && target.MemberId == first;
                list.Add(callBack ? CallOutcome.CallBack : CallOutcome.NoAnswer);
                await Queue(q => q.Log(target.Id, "a@solna.test", new CallLog(list[^1], null, false, callBack ? clock.GetUtcNow().UtcDateTime.AddMinutes(30) : null)));
            }
            clock.Advance(TimeSpan.FromHours(2));
        }
        outcomes.Values.Select(o => o.Count).Order().ToList().ShouldBe([2, 3], "two tries and done; the agreed call-back is one more");
        var progress = await Queue(q => q.Progress(assignment.Id));
        (progress.Targets, progress.Reached, progress.Attempted, progress.Left).ShouldBe((2, 0, 2, 0));
        (await board.GetStringAsync("/a/solna/calls")).ShouldContain("Klar: nådd, fel nummer, vill inte bli uppringd eller 2 försök.");
    }

    [Fact]
    public async Task Calls_needing_an_officer_are_listed_until_marked_handled()
    {
        await Import("member_number,first_name,last_name,phone,joined_on\n1,Åsa,Öberg,0701111111,2015-01-01\n2,Bo,Ek,0702222222,2015-01-01\n");
        var assignment = await Queue(q => q.Create(new NewAssignment("Ring", null, null, null, null)));
        for (var i = 0; i < 2; i++)
        {
            var target = (await Queue(q => q.Next(assignment.Id, "a@solna.test")))!;
            await Queue(q => q.Log(target.Id, "a@solna.test", new CallLog(CallOutcome.Reached, i == 0 ? "Vill prata med styrelsen om sin avgift." : null, NeedsOfficer: i == 0, null)));
        }
        var open = await board.GetFromJsonAsync<JsonElement>("/api/associations/solna/calls/needs-officer");
        open.GetProperty("total").GetInt32().ShouldBe(1);
        var call = open.GetProperty("items")[0];
        call.GetProperty("note").GetString().ShouldBe("Vill prata med styrelsen om sin avgift.");
        (await board.GetStringAsync("/a/solna/calls/needs-officer")).ShouldContain("Markera som hanterad");

        var id = call.GetProperty("callId").GetGuid();
        (await board.PostAsync($"/api/associations/solna/calls/needs-officer/{id}/handled", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await board.PostAsync($"/api/associations/solna/calls/needs-officer/{Guid.NewGuid()}/handled", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await board.GetFromJsonAsync<JsonElement>("/api/associations/solna/calls/needs-officer")).GetProperty("total").GetInt32().ShouldBe(0);
        (await board.GetStringAsync("/a/solna/calls/needs-officer")).ShouldContain("Inga samtal väntar på en funktionär.");
        var all = await board.GetFromJsonAsync<JsonElement>("/api/associations/solna/calls/needs-officer?includeHandled=true");
        all.GetProperty("items")[0].GetProperty("handledBy").GetString()!.ShouldContain("styrelse@solna.test");
    }

    [Fact]
    public async Task Onboarding_steps_are_ticked_by_a_reached_call_a_new_member_meeting_and_the_course_tip()
    {
        var member = await NewMember("77");
        // Studies answers MemberJoined with a course tip (CourseSuggested). No mail server is configured here, so
        // communications sends nothing and the step stays a task: the wish to tip never ticks it.
        (await Steps(member)).Single(s => s.StepId == OnboardingSteps.CourseTip).DoneAt.ShouldBeNull();
        // Once communications reports that the tip reached the member, it is ticked.
        await host.Publish(new MemberContacted("solna", member, ContactPurposes.CourseTip, "email", new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero)));
        await host.Deliver();
        (await Steps(member)).Single(s => s.StepId == OnboardingSteps.CourseTip).DoneBy.ShouldBe("kommunikation: e-post 2026-11-20");

        var assignment = await Queue(q => q.Create(new NewAssignment("Nya", null, null, new MemberFilter(Status: MemberStatus.New), null)));
        var target = (await Queue(q => q.Next(assignment.Id, "ringare@solna.test")))!;
        await Queue(q => q.Log(target.Id, "ringare@solna.test", new CallLog(CallOutcome.Reached, null, false, null)));
        (await Steps(member)).Single(s => s.StepId == OnboardingSteps.FirstContact).DoneBy.ShouldBe("ringare@solna.test");

        await host.In("solna", async sp =>
        {
            var db = sp.GetRequiredService<MembershipDbContext>();
            db.Publish(new AttendanceRecorded("solna", Guid.NewGuid(), member, ActivityTypes.Leafleting, new DateOnly(2026, 11, 21), AttendanceOutcome.Attended));
            db.Publish(new AttendanceRecorded("solna", Guid.NewGuid(), member, ActivityTypes.NewMemberMeeting, new DateOnly(2026, 11, 21), AttendanceOutcome.NoShow));
            await db.SaveChangesAsync();
        });
        await host.Deliver();
        (await Steps(member)).Single(s => s.StepId == OnboardingSteps.NewMemberMeeting).DoneAt.ShouldBeNull("a leafleting or a no-show is not the meeting");

        await host.In("solna", async sp =>
        {
            var db = sp.GetRequiredService<MembershipDbContext>();
            db.Publish(new AttendanceRecorded("solna", Guid.NewGuid(), member, ActivityTypes.NewMemberMeeting, new DateOnly(2026, 11, 21), AttendanceOutcome.Attended));
            await db.SaveChangesAsync();
        });
        await host.Deliver();
        await TestHost.Eventually(async () => (await Steps(member)).Single(s => s.StepId == OnboardingSteps.NewMemberMeeting).DoneAt != null, "the meeting step is ticked");
        (await Steps(member)).Single(s => s.StepId == OnboardingSteps.WelcomeLetter).DoneAt.ShouldBeNull("nothing reports the letter yet");
    }

    [Fact]
    public async Task Importing_a_register_announces_only_members_who_joined_recently()
    {
        await Import("member_number,first_name,last_name,joined_on\n1,Åsa,Öberg,2015-01-01\n2,Bo,Ek,2026-11-01\n3,Cy,Al,2026-08-24\n");
        host.Published.Of<MemberJoined>().Count.ShouldBe(1, "only Bo joined within the last 90 days");
        await host.Deliver();
        var withChecklist = await host.In("solna", sp => sp.GetRequiredService<MembershipDbContext>().Onboarding.Select(t => t.MemberId).Distinct().CountAsync());
        withChecklist.ShouldBe(1);
        var created = await host.In("solna", sp => sp.GetRequiredService<MembershipDbContext>().AccessLog.CountAsync(e => e.Action == "create"));
        created.ShouldBe(3, "every imported member's creation is in the access log");
    }
}
