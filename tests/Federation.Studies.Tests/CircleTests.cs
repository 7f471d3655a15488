using Federation.Studies.Contracts;

namespace Federation.Studies.Tests;

/// <summary>Study circles over the API: <c>abfProblems</c>, the report and its CSV, circles due to be reported.</summary>
public sealed class CircleTests : IAsyncLifetime
{
    private StudiesHost host = null!;
    private HttpClient solna = null!;
    private static string Circles => $"{Studies.Api("solna")}/circles";

    public async Task InitializeAsync()
    {
        host = await StudiesHost.Start();
        solna = await host.Organiser("solna");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<CircleDto> Post(string url, object body)
    {
        var response = await solna.PostAsJsonAsync(url, body);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CircleDto>())!;
    }

    [Fact]
    public async Task A_circle_lists_its_abf_problems_until_it_meets_the_rules_then_it_is_reported()
    {
        var circle = await Post(Circles, new { title = "Marx för nybörjare", leader = "Ali Demir" });
        circle.AbfProblems.ShouldBe(["0 deltagare, minst 3 krävs", "0 sammankomster, minst 3 krävs", "0 studietimmar, minst 9 krävs"]);

        await Post($"{Circles}/{circle.Id}/participants", new { name = "Anna", birthYear = 1990 });
        await Post($"{Circles}/{circle.Id}/participants", new { name = "Bo", birthYear = 1985 });
        circle = await Post($"{Circles}/{circle.Id}/participants", new { name = "Cleo", birthYear = 2014 });
        await Post($"{Circles}/{circle.Id}/sessions", new { date = "2026-10-06", start = "18:00", end = "20:15" });
        await Post($"{Circles}/{circle.Id}/sessions", new { date = "2026-10-13", start = "18:00", end = "20:15" });
        circle = await Post($"{Circles}/{circle.Id}/sessions", new { date = "2026-10-20", start = "18:00", end = "21:11:15" });

        var listed = (await solna.GetFromJsonAsync<PageOf<CircleSummaryDto>>(Circles))!.Items.Single();
        listed.AbfProblems.ShouldBe(
        [
            "2 deltagare, minst 3 krävs (1 under 13 år räknas inte)",
            "Sammankomsten 20 oktober 2026: 4,25 studietimmar, högst 4 tillåts",
        ]);
        listed.StudyHours.ShouldBe(10.25m);
        listed.DueForReport.ShouldBeTrue();
        var refused = await solna.PostAsync($"{Circles}/{circle.Id}/report", null);
        (await refused.Problems()).ShouldContain("2 deltagare, minst 3 krävs");

        await solna.DeleteAsync($"{Circles}/{circle.Id}/sessions/{circle.Sessions[2].Id}");
        await Post($"{Circles}/{circle.Id}/sessions", new { date = "2026-10-20", studyHours = 3 });
        circle = await Post($"{Circles}/{circle.Id}/participants", new { name = "Dan", birthYear = 2013 });
        circle.AbfProblems.ShouldBeEmpty();
        var attendance = await solna.PutAsJsonAsync($"{Circles}/{circle.Id}/sessions/{circle.Sessions[0].Id}/attendance",
            new { present = circle.Participants.Where(p => p.CountsForAbf).Select(p => p.Id) });
        attendance.StatusCode.ShouldBe(HttpStatusCode.OK);

        var csv = await solna.GetStringAsync($"{Circles}/{circle.Id}/report.csv");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines[0].ShouldBe("Deltagare;Födelseår;2026-10-06 (3 h);2026-10-13 (3 h);2026-10-20 (3 h)");
        lines.ShouldContain("Anna;1990;X;;");
        lines.ShouldContain("Cleo;2014;;;");
        lines[^1].ShouldBe("Studietimmar;9;3;3;3");

        (await solna.PostAsync($"{Circles}/{circle.Id}/report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reported = host.Host.Published.In("solna").OfType<StudyCircleReported>().Single();
        (reported.CircleId, reported.Participants, reported.Sessions, reported.StudyHours).ShouldBe((circle.Id, 3, 3, 9m));
        (await solna.GetFromJsonAsync<PageOf<CircleSummaryDto>>($"{Circles}?due=true"))!.Items.ShouldBeEmpty();
        (await solna.PostAsJsonAsync($"{Circles}/{circle.Id}/participants", new { name = "Sen", birthYear = 1970 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Circles_are_the_associations_own_and_for_organisers()
    {
        var circle = await Post(Circles, new { title = "Bokcirkel", leader = "Eva" });
        var alvsjo = await host.Organiser("alvsjo-hagersten");
        (await alvsjo.GetAsync($"{Studies.Api("alvsjo-hagersten")}/circles/{circle.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alvsjo.GetFromJsonAsync<PageOf<CircleSummaryDto>>($"{Studies.Api("alvsjo-hagersten")}/circles"))!.Items.ShouldBeEmpty();
        var (member, _) = await host.Member("solna", "7001");
        (await member.GetAsync(Circles)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var invalid = await solna.PostAsJsonAsync($"{Circles}/{circle.Id}/sessions", new { date = "2026-10-06", start = "20:00", end = "18:00" });
        (await invalid.Problems()).ShouldContain("måste sluta efter att den börjar");
        var noYear = await solna.PostAsJsonAsync($"{Circles}/{circle.Id}/participants", new { name = "Utan år" });
        (await noYear.Problems()).ShouldContain("Ange födelseåret");
    }
}
