using Federation.Activities.Contracts;
using Federation.Communications.Contracts;
using Federation.Communications.Domain;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;
using Federation.Studies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Tests;

/// <summary>What other modules' messages send: each once, even when the message comes again.</summary>
public sealed class ModuleMessageTests : IAsyncLifetime
{
    private CommsHost comms = null!;

    public async Task InitializeAsync() => comms = await CommsHost.Start();

    public async Task DisposeAsync() => await comms.DisposeAsync();

    /// <summary>Whether the member's onboarding step is still open (membership's list of open steps).</summary>
    private async Task<bool> Open(Guid member, string step)
    {
        var open = await comms.Board.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/associations/solna/onboarding?pageSize=200");
        return open.GetProperty("items").EnumerateArray()
            .Any(s => s.GetProperty("memberId").GetGuid() == member && s.GetProperty("stepId").GetString() == step);
    }

    [Fact]
    public async Task A_new_member_gets_Solnas_welcome_letter_and_the_course_tip_once_and_the_onboarding_steps_are_ticked_by_the_mails()
    {
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd");
        var member = await comms.Member("10", "Nora", "nora@exempel.se", joinedOn: today);
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(2);
        await comms.Host.Deliver();
        var mails = comms.Received();
        var welcome = mails.Single(m => m.Subject == "Välkommen till Vänsterpartiet Solna!"); // Solna's plugin's text
        welcome.TextBody.ShouldContain("Hej Nora!");
        mails.Single(m => m.Subject.StartsWith("Tips:")).TextBody.ShouldContain("kurs för nya medlemmar");

        (await Open(member, "welcome-letter")).ShouldBeFalse();
        (await Open(member, "course-tip")).ShouldBeFalse();
        (await Open(member, "first-contact")).ShouldBeTrue();
        comms.Host.Published.Of<MemberContacted>().Select(c => c.Purpose).ShouldBe([ContactPurposes.Welcome, ContactPurposes.CourseTip], ignoreOrder: true);

        // The same facts reported again send nothing more.
        await comms.Host.Publish(new MemberJoined("solna", member, DateOnly.FromDateTime(DateTime.Today)), new CourseSuggested("solna", member, "new-member-course"));
        await comms.Host.Deliver();
        await Task.Delay(300);
        comms.Smtp.Files().Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_member_without_email_gets_no_welcome_letter_and_the_step_stays_a_task()
    {
        var member = await comms.Member("11", "Olle", null, joinedOn: DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd"));
        await comms.Host.Deliver();
        (await Open(member, "welcome-letter")).ShouldBeTrue();
        comms.Smtp.Files().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_course_confirmation_reaches_the_member_and_a_waiting_list_place_is_said_as_such()
    {
        var member = await comms.Member("12", "Pia", "pia@exempel.se");
        var occasion = Guid.NewGuid();
        var start = new DateTimeOffset(2027, 2, 6, 9, 0, 0, TimeSpan.FromHours(1));
        await comms.Host.Publish(new CourseSignUpConfirmed("solna", member, occasion, "Grundkurs", start, "ABF-huset", OnWaitingList: true));
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(1);
        await comms.Host.Publish(new CourseSignUpConfirmed("solna", member, occasion, "Grundkurs", start, "ABF-huset", OnWaitingList: false),
            new CourseSignUpConfirmed("solna", member, occasion, "Grundkurs", start, "ABF-huset", OnWaitingList: false));
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(2);
        await Task.Delay(300);
        var mails = comms.Received();
        mails.Count.ShouldBe(2);
        mails.ShouldContain(m => m.Subject == "Du står på väntelistan: Grundkurs");
        mails.Single(m => m.Subject == "Bekräftelse: Grundkurs").TextBody.ShouldContain("lör 6 februari 09:00, ABF-huset");
    }

    [Fact]
    public async Task Those_signed_up_hear_of_a_move_a_cancellation_and_get_a_reminder_the_day_before_by_their_channel()
    {
        var ann = await comms.Member("20", "Ann", "ann@exempel.se");
        var ben = await comms.Member("21", "Ben", "ben@exempel.se");
        await comms.Member("22", "Cia", "cia@exempel.se"); // not signed up
        var start = DateTimeOffset.UtcNow.AddHours(20);
        var create = await comms.Board.PostAsJsonAsync("/api/associations/solna/activities", new
        {
            type = "member-meeting", title = "Medlemsmöte", start = CommsHost.Local(start), end = CommsHost.Local(start.AddHours(2)), place = "Folkets hus",
        });
        create.StatusCode.ShouldBe(HttpStatusCode.Created, await create.Content.ReadAsStringAsync());
        var activity = (await create.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        foreach (var m in new[] { ann, ben })
            (await comms.Board.PostAsJsonAsync($"/api/associations/solna/activities/{activity}/signups", new { memberId = m })).IsSuccessStatusCode.ShouldBeTrue();
        await comms.Host.Deliver();

        await comms.Host.Services.GetRequiredService<DueWork>().RunOnce();
        await comms.Host.Services.GetRequiredService<DueWork>().RunOnce();
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(2);
        comms.Received().Where(m => m.Subject == "Påminnelse: Medlemsmöte").Select(m => m.To.Mailboxes.Single().Address).ShouldBe(["ann@exempel.se", "ben@exempel.se"], ignoreOrder: true);

        var moved = await comms.Board.PutAsJsonAsync($"/api/associations/solna/activities/{activity}", new
        {
            type = "member-meeting", title = "Medlemsmöte", start = CommsHost.Local(start.AddDays(1)), end = CommsHost.Local(start.AddDays(1).AddHours(2)), place = "Folkets hus",
        });
        moved.IsSuccessStatusCode.ShouldBeTrue(await moved.Content.ReadAsStringAsync());
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(4);
        comms.Received().Count(m => m.Subject == "Ändrat: Medlemsmöte").ShouldBe(2);

        (await comms.Board.PostAsync($"/api/associations/solna/activities/{activity}/cancel", null)).IsSuccessStatusCode.ShouldBeTrue();
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(6);
        var notices = comms.Received().Where(m => m.Subject == "Inställt: Medlemsmöte").ToList();
        notices.Count.ShouldBe(2);
        notices[0].TextBody.ShouldContain("är inställd");
        comms.Received().ShouldNotContain(m => m.To.Mailboxes.Single().Address == "cia@exempel.se");
    }

    [Fact]
    public async Task What_was_sent_is_in_the_members_export_and_goes_with_erasure()
    {
        var member = await comms.Member("30", "Siv", "siv@exempel.se");
        await comms.Host.Publish(new CourseSuggested("solna", member, "new-member-course"));
        await comms.Host.Deliver();
        await comms.Smtp.WaitFor(1);
        await comms.Host.Deliver();
        var sent = await comms.In("solna", sp => sp.GetRequiredService<MemberMessages>().SentTo(member));
        sent.Single().Kind.ShouldBe("course-tip");

        (await comms.Board.PostAsync($"/api/associations/solna/members/{member}/erase", null)).IsSuccessStatusCode.ShouldBeTrue();
        await comms.Host.Deliver();
        (await comms.In("solna", sp => sp.GetRequiredService<MemberMessages>().SentTo(member))).ShouldBeEmpty();
        (await comms.In("solna", sp => sp.GetRequiredService<CommunicationsDbContext>().Mailings.CountAsync())).ShouldBe(1); // the anonymous count stays
    }
}
