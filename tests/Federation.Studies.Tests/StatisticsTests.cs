using Federation.Platform.Tenancy;
using Federation.Studies.Contracts;

namespace Federation.Studies.Tests;

/// <summary>The figures the activity plans ask for, through the read-only contract other modules use.</summary>
public sealed class StatisticsTests
{
    [Fact]
    public async Task Invited_lecturers_by_gender_and_self_defence_occasions_count_per_year()
    {
        await using var host = await StudiesHost.Start();
        var solna = await host.Organiser("solna");
        var course = await solna.Course("solna", "Internfeminism", "internal-feminism");
        async Task Occasion(DateTime start, params object[] lecturers) =>
            (await solna.PostAsJsonAsync($"{Studies.Api("solna")}/courses/{course.Id}/occasions",
                new { capacity = 10, sessions = new[] { new { start, end = start.AddHours(2) } }, lecturers })).EnsureSuccessStatusCode();
        await Occasion(new DateTime(2026, 3, 1, 18, 0, 0), new { name = "Anna", gender = "woman", invited = true }, new { name = "Bo", gender = "man", invited = true });
        await Occasion(new DateTime(2026, 9, 1, 18, 0, 0), new { name = "Cleo", gender = "woman", invited = true }, new { name = "Egen", gender = "man", invited = false });
        await Occasion(new DateTime(2025, 9, 1, 18, 0, 0), new { name = "Dan", gender = "man", invited = true });
        var selfDefence = await solna.Course("solna", "Självförsvar", "self-defence");
        await solna.Occasion("solna", selfDefence.Id, 10, new DateTime(2026, 3, 8, 10, 0, 0));
        await solna.Occasion("solna", selfDefence.Id, 10, new DateTime(2026, 11, 8, 10, 0, 0));

        using var scope = host.Host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find("solna")!);
        var statistics = scope.ServiceProvider.GetRequiredService<IStudyStatistics>();
        var share = await statistics.InvitedLecturers(2026);
        // Anna, Bo, Cleo and the helper's Maria Holm at both self-defence occasions; Dan was 2025, "Egen" was not invited.
        (share.Invited, share.ByGender[Gender.Woman], share.ByGender[Gender.Man]).ShouldBe((5, 4, 1));
        share.Women!.Value.ShouldBe(0.8, 0.001);
        (await statistics.Occasions(CourseKinds.SelfDefence, 2026)).ShouldBe(2);
        (await statistics.Occasions(CourseKinds.MensGroup, 2026)).ShouldBe(0);
        (await statistics.InvitedLecturers(2024)).Women.ShouldBeNull();
    }
}
