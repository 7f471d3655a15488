using Federation.Membership.Contracts;
using System.Text.Json;
using Federation.Membership.Onboarding;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Tests;

/// <summary>A new member gets a checklist with due dates (the plugin's or the default); the board sees who is overdue.</summary>
public sealed class OnboardingTests : IAsyncLifetime
{
    private TestHost host = null!;
    private TestClock clock = null!;

    public async Task InitializeAsync() => (host, clock) = await MembershipHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<List<OnboardingTask>> TasksAfterJoining(string association, string joinedOn, bool expectSteps = true)
    {
        var client = host.Client(await host.TokenFor($"styrelse@{association}.test", association, "board"));
        (await client.PostAsJsonAsync($"/api/associations/{association}/members",
            new { memberNumber = "77", firstName = "Ny", lastName = "Medlem", joinedOn })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await host.Deliver();
        var tasks = () => host.In(association, sp => sp.GetRequiredService<MembershipDbContext>().Onboarding.AsNoTracking().OrderBy(t => t.DueOn).ThenBy(t => t.StepId).ToListAsync());
        if (expectSteps) await TestHost.Eventually(async () => (await tasks()).Count > 0, "the checklist is started by MemberJoined");
        return await tasks();
    }

    [Fact]
    public async Task Solna_uses_its_2024_plan_steps_and_due_dates()
    {
        var tasks = await TasksAfterJoining("solna", "2026-11-20");
        tasks.Select(t => (t.StepId, t.DueOn)).ShouldBe([
            ("first-contact", new DateOnly(2026, 11, 27)),
            ("welcome-letter", new DateOnly(2026, 12, 4)),
            ("course-tip", new DateOnly(2026, 12, 20)),
            ("new-member-meeting", new DateOnly(2026, 12, 20)),
        ]);
        tasks[0].NameSv.ShouldBe("Kontakta via telefonsamtal eller sms");
    }

    [Fact]
    public async Task An_association_without_a_plugin_gets_the_default_checklist()
    {
        var tasks = await TasksAfterJoining("sundbyberg", "2026-11-20");
        tasks.Select(t => (t.StepId, t.DueOn)).ShouldBe(OnboardingChecklists.Default
            .Select(s => (s.Id, new DateOnly(2026, 11, 20).AddDays(s.DueAfterDays))).OrderBy(x => x.Item2).ThenBy(x => x.Id));
    }

    [Fact]
    public async Task Members_who_joined_long_ago_get_no_checklist()
    {
        (await TasksAfterJoining("solna", "2020-01-01", expectSteps: false)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_board_sees_overdue_steps_and_ticking_one_clears_it()
    {
        await TasksAfterJoining("solna", "2026-11-20");
        var officer = host.Client(await host.TokenFor("funktionar@solna.test", "solna", "officer"));
        async Task<List<(string Id, string Step)>> Overdue() =>
            JsonDocument.Parse(await officer.GetStringAsync("/api/associations/solna/onboarding?overdue=true")).RootElement.GetProperty("items")
                .EnumerateArray().Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("stepId").GetString()!)).ToList();

        (await Overdue()).ShouldBeEmpty();
        clock.Advance(TimeSpan.FromDays(5));
        (await Overdue()).ShouldBeEmpty("first contact is due on the 27th (today), overdue from the 28th");
        clock.Advance(TimeSpan.FromDays(1));
        var overdue = (await Overdue()).ShouldHaveSingleItem();
        overdue.Step.ShouldBe("first-contact");

        (await officer.PostAsync($"/api/associations/solna/onboarding/{overdue.Id}/done", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Overdue()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_plan_reads_the_share_of_new_members_whose_due_first_contact_is_done()
    {
        var tasks = await TasksAfterJoining("solna", "2026-11-20");
        Task<YearShare> Contacted(string step = "first-contact") => host.In("solna", sp => sp.GetRequiredService<IMembershipStatistics>().Onboarded(2026, step));
        (await Contacted()).ShouldBe(new YearShare(2026, 0, 0), "nothing is due yet");

        clock.Advance(TimeSpan.FromDays(5));
        (await Contacted()).ShouldBe(new YearShare(2026, 1, 0));
        (await Contacted("course-tip")).Of.ShouldBe(0, "the course tip is due later");
        (await host.In("solna", sp => sp.GetRequiredService<OnboardingBoard>().Tick(tasks.Single(t => t.StepId == "first-contact").Id))).ShouldBeTrue();
        (await Contacted()).ShouldBe(new YearShare(2026, 1, 1));
        (await Contacted()).Share.ShouldBe(1);
    }
}
