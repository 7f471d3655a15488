using System.Net;

namespace Federation.Studies.Tests;

/// <summary>The server-rendered pages: what each organiser sees of a district course's sign-ups, and the circle's ABF check.</summary>
public sealed class PageTests : IAsyncLifetime
{
    private StudiesHost host = null!;

    public async Task InitializeAsync() => host = await StudiesHost.Start();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static async Task<string> Page(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    [Fact]
    public async Task A_district_courses_sign_ups_show_to_the_district_and_the_members_own_association_only()
    {
        var district = await host.Organiser("storstockholm");
        var course = await district.Course("storstockholm");
        var occasion = await district.Occasion("storstockholm", course.Id, 10, new DateTime(2026, 12, 5, 18, 0, 0));
        var (member, _) = await host.Member("solna", "9101", "Wahlström");
        (await member.SignUp("solna", occasion.Id)).EnsureSuccessStatusCode();

        (await Page(district, $"/a/storstockholm/studies/occasions/{occasion.Id}")).ShouldContain("Test Wahlström");
        (await Page(await host.Organiser("solna"), $"/a/solna/studies/occasions/{occasion.Id}")).ShouldContain("Test Wahlström");
        var foreign = await Page(await host.Organiser("alvsjo-hagersten"), $"/a/alvsjo-hagersten/studies/occasions/{occasion.Id}");
        foreign.ShouldContain("Ledarskapsutbildningen");
        foreign.ShouldNotContain("Wahlström");
        foreign.ShouldContain("Ingen har anmält sig än.");
        var own = await Page(member, $"/a/solna/studies/occasions/{occasion.Id}");
        own.ShouldContain("Du har en plats.");
        own.ShouldNotContain("Anmälda</h2>");
    }

    [Fact]
    public async Task The_circles_page_names_the_rules_a_circle_fails()
    {
        var solna = await host.Organiser("solna");
        (await Page(solna, "/a/solna/studies/circles")).ShouldContain("Inga studiecirklar än.");
        var circle = await (await solna.PostAsJsonAsync($"{Studies.Api("solna")}/circles", new { title = "Bokcirkel", leader = "Eva" })).Content.ReadFromJsonAsync<CircleDto>();
        (await solna.PostAsJsonAsync($"{Studies.Api("solna")}/circles/{circle!.Id}/participants", new { name = "Kalle", birthYear = 2014 })).EnsureSuccessStatusCode();

        var page = await Page(solna, $"/a/solna/studies/circles/{circle.Id}");
        page.ShouldContain("0 deltagare, minst 3 krävs (1 under 13 år räknas inte)");
        page.ShouldContain("Kalle (2014) – räknas inte av ABF (under 13 år)");
    }

    [Fact]
    public async Task An_organiser_cancels_a_members_sign_up_on_the_occasion_page_and_the_first_waiting_gets_the_place()
    {
        var solna = await host.Organiser("solna");
        var course = await solna.Course("solna", "Internfeminism", "internal-feminism");
        var occasion = await solna.Occasion("solna", course.Id, 1, new DateTime(2026, 12, 5, 18, 0, 0));
        var (first, firstId) = await host.Member("solna", "9201", "Först");
        var (second, _) = await host.Member("solna", "9202", "Sedan");
        (await first.SignUp("solna", occasion.Id)).EnsureSuccessStatusCode();
        (await second.SignUp("solna", occasion.Id)).EnsureSuccessStatusCode();
        var url = $"/a/solna/studies/occasions/{occasion.Id}";

        var html = await Forms.Post(solna, url, "cancel-" + (await solna.Roster("solna", occasion.Id)).Single(r => r.MemberId == firstId).SignUpId,
            new() { ["member"] = firstId.ToString() });

        html.ShouldContain("den första på väntelistan fick platsen");
        (await solna.Roster("solna", occasion.Id)).Select(r => (r.Name, r.Status)).ShouldBe([("Test Först", "cancelled"), ("Test Sedan", "confirmed")]);
    }
}
