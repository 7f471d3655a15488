using Federation.Board.Contracts;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Federation.Studies.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Federation.Studies.Tests;

/// <summary>Required training from the district plugin against board roles (messages from board) and completions; erasure.</summary>
public sealed class ComplianceTests : IAsyncLifetime
{
    private StudiesHost host = null!;
    private HttpClient district = null!;
    private static readonly DateTime December = new(2026, 12, 5, 18, 0, 0);

    public async Task InitializeAsync()
    {
        host = await StudiesHost.Start();
        district = await host.Organiser("storstockholm");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<List<ComplianceDto>> Compliance(HttpClient client, string association) =>
        (await client.GetFromJsonAsync<List<ComplianceDto>>($"{Studies.Api(association)}/compliance"))!;

    /// <summary>A member signed up for a district leadership occasion who attended every session.</summary>
    private async Task<Guid> TakesLeadershipTraining(string association, string number)
    {
        var (member, memberId) = await host.Member(association, number);
        var course = await district.Course("storstockholm");
        var occasion = await district.Occasion("storstockholm", course.Id, 10, December);
        var signUp = (await (await member.SignUp(association, occasion.Id)).Content.ReadFromJsonAsync<RosterDto>())!;
        host.Clock.Now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        (await district.PutAsJsonAsync($"{Studies.Api("storstockholm")}/occasions/{occasion.Id}/sessions/{occasion.Sessions[0].Id}/attendance",
            new { present = new[] { signUp.SignUpId } })).EnsureSuccessStatusCode();
        return memberId;
    }

    [Fact]
    public async Task A_chair_announced_by_the_board_lacks_the_leadership_training_until_they_complete_it_and_leaves_the_list_when_the_role_ends()
    {
        var admin = host.Host.Client(await host.Host.TokenFor("admin@solna.test", "solna", "admin"));
        var chair = await host.AddMember(admin, "solna", "8001", "Yusuf");
        var treasurer = await host.AddMember(admin, "solna", "8002", "Berg");
        await host.Publish(new BoardRoleAssigned("solna", chair, BoardFunctions.Chair, new DateOnly(2026, 2, 25), null));
        await host.Publish(new BoardRoleAssigned("solna", chair, BoardFunctions.Chair, new DateOnly(2026, 2, 25), null)); // delivered twice
        await host.Publish(new BoardRoleAssigned("solna", treasurer, BoardFunctions.Treasurer, new DateOnly(2026, 2, 25), null));
        await host.Host.Deliver();

        var solna = await host.Organiser("solna");
        var lines = await Compliance(solna, "solna");
        var line = lines.Single();
        (line.MemberId, line.Role, line.Requirement, line.Complies).ShouldBe((chair, "chair", "chairs-leadership-training", false));
        line.Name.ShouldContain("Yusuf");

        // The same member number in the test's helper: the chair takes the district's training.
        var member = host.Host.Client(await host.Host.TokenFor("8001@exempel.se", "solna", "member"));
        await host.Host.Link("8001@exempel.se", "solna", chair);
        var course = await district.Course("storstockholm");
        var occasion = await district.Occasion("storstockholm", course.Id, 10, December);
        var signUp = (await (await member.SignUp("solna", occasion.Id)).Content.ReadFromJsonAsync<RosterDto>())!;
        host.Clock.Now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        (await district.PutAsJsonAsync($"{Studies.Api("storstockholm")}/occasions/{occasion.Id}/sessions/{occasion.Sessions[0].Id}/attendance",
            new { present = new[] { signUp.SignUpId } })).EnsureSuccessStatusCode();
        (await Compliance(solna, "solna")).Single().Complies.ShouldBeTrue();

        await host.Publish(new BoardRoleEnded("solna", chair, BoardFunctions.Chair, new DateOnly(2026, 12, 1)));
        await host.Host.Deliver();
        (await Compliance(solna, "solna")).ShouldBeEmpty();
    }

    [Fact]
    public async Task District_staff_see_every_association_and_an_association_sees_only_its_own()
    {
        var trained = await TakesLeadershipTraining("alvsjo-hagersten", "8101");
        var untrained = Guid.NewGuid();
        await host.Publish(new BoardRoleAssigned("alvsjo-hagersten", trained, BoardFunctions.Chair, new DateOnly(2026, 3, 1), null));
        await host.Publish(new BoardRoleAssigned("solna", untrained, BoardFunctions.GroupLeader, new DateOnly(2024, 10, 1), null));
        await host.Host.Deliver();

        var office = host.Host.Client(await host.Host.TokenFor("kansli@storstockholm.test", "district", "district-office"));
        var all = await Compliance(office, "storstockholm");
        all.Select(l => (l.Association, l.Role, l.Complies)).ShouldBe([("solna", "group-leader", false), ("alvsjo-hagersten", "chair", true)], ignoreOrder: true);
        (await Compliance(await host.Organiser("solna"), "solna")).Single().MemberId.ShouldBe(untrained);
    }

    [Fact]
    public async Task The_district_plan_reads_how_many_chairs_and_group_leaders_of_every_association_are_trained_each_person_once()
    {
        var trained = await TakesLeadershipTraining("alvsjo-hagersten", "8301");
        var untrained = Guid.NewGuid();
        await host.Publish(new BoardRoleAssigned("alvsjo-hagersten", trained, BoardFunctions.Chair, new DateOnly(2026, 3, 1), null));
        await host.Publish(new BoardRoleAssigned("solna", untrained, BoardFunctions.GroupLeader, new DateOnly(2024, 10, 1), null));
        await host.Publish(new BoardRoleAssigned("solna", untrained, BoardFunctions.Chair, new DateOnly(2024, 10, 1), null));
        await host.Host.Deliver();

        async Task<TrainedShare> Trained(string association)
        {
            using var scope = host.Host.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().Find(association)!);
            return await scope.ServiceProvider.GetRequiredService<IStudyStatistics>().Trained("chairs-leadership-training", new DateOnly(2026, 12, 6));
        }
        (await Trained("storstockholm")).ShouldBe(new TrainedShare(2, 1));
        (await Trained("solna")).ShouldBe(new TrainedShare(1, 0));
        (await Trained("alvsjo-hagersten")).Share.ShouldBe(1.0);
    }

    [Fact]
    public async Task An_erased_member_leaves_no_studies_data_behind()
    {
        var memberId = await TakesLeadershipTraining("solna", "8201");
        await host.Publish(new BoardRoleAssigned("solna", memberId, BoardFunctions.Chair, new DateOnly(2026, 2, 25), null));
        var solna = await host.Organiser("solna");
        var circle = await (await solna.PostAsJsonAsync($"{Studies.Api("solna")}/circles", new { title = "Cirkel", leader = "Eva" })).Content.ReadFromJsonAsync<CircleDto>();
        (await solna.PostAsJsonAsync($"{Studies.Api("solna")}/circles/{circle!.Id}/participants", new { name = "Test Andersson", birthYear = 1980, memberId })).EnsureSuccessStatusCode();
        await host.Host.Deliver();
        (await host.In("storstockholm", db => db.Completions.IgnoreQueryFilters().CountAsync(c => c.MemberId == memberId))).ShouldBe(1);

        await host.Publish(new MemberErased("solna", memberId));
        await host.Host.Deliver();

        (await host.In("solna", db => db.SignUps.CountAsync(s => s.MemberId == memberId))).ShouldBe(0);
        (await host.In("solna", db => db.Roles.CountAsync(r => r.MemberId == memberId))).ShouldBe(0);
        (await host.In("storstockholm", db => db.Completions.IgnoreQueryFilters().CountAsync(c => c.MemberId == memberId))).ShouldBe(0);
        (await host.In("storstockholm", db => db.Attendance.IgnoreQueryFilters().CountAsync(a => a.MemberId == memberId))).ShouldBe(0);
        var participant = await host.In("solna", db => db.Participants.SingleAsync());
        (participant.Name, participant.MemberId, participant.BirthYear).ShouldBe(("(raderad)", (Guid?)null, 1980));
    }
}
