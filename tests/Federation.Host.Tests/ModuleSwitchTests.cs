using Federation.Host.Modules;
using Federation.Platform.Tenancy;

namespace Federation.Host.Tests;

/// <summary>
/// Issue 14: the district admin turns modules on and off per association. Stored with who did it, in force at once
/// (no restart), kept over a restart instead of the configuration, and nothing of a module turned off is lost.
/// </summary>
public sealed class ModuleSwitchTests
{
    private static async Task<HttpResponseMessage> Switch(HttpClient client, string association, string module, bool enabled) =>
        await client.PutAsJsonAsync($"/api/admin/associations/{association}/modules/{module}", new { enabled });

    private static async Task<List<ModuleSwitch>> Modules(HttpClient admin, string association) =>
        (await admin.GetFromJsonAsync<List<ModuleSwitch>>($"/api/admin/associations/{association}/modules"))!;

    [Fact]
    public async Task Turning_studies_on_for_sundbyberg_opens_its_pages_and_menu_at_once_and_records_who()
    {
        await using var host = await TestHost.Start();
        var admin = host.Client(await host.TokenFor("admin@district.test", "district", "district-admin"));
        var board = host.Client(await host.TokenFor("styrelse@sundbyberg.test", "sundbyberg", "board"));
        (await board.GetAsync("/a/sundbyberg/studies")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the configuration leaves studies off");
        (await Modules(admin, "sundbyberg")).ShouldAllBe(m => m.ChangedBy == null, "the configuration decides until someone changes it");

        (await Switch(admin, "sundbyberg", "studies", true)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await board.GetAsync("/a/sundbyberg/studies")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.GetAsync("/api/associations/sundbyberg/studies/suggestions")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.Page("/a/sundbyberg")).ShouldContain("href=\"/a/sundbyberg/studies\"");
        var studies = (await Modules(admin, "sundbyberg")).Single(m => m.Module == "studies");
        studies.Enabled.ShouldBeTrue();
        studies.ChangedBy.ShouldBe("admin");
        studies.ChangedAt.ShouldNotBeNull();

        (await Switch(admin, "sundbyberg", "studies", false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.GetAsync("/a/sundbyberg/studies")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await board.Page("/a/sundbyberg")).ShouldNotContain("/a/sundbyberg/studies");
        (await Modules(admin, "solna")).Count(m => m.Enabled).ShouldBe(6, "other associations keep theirs");
    }

    [Fact]
    public async Task Only_the_district_admin_may_switch_modules_and_unknown_names_are_refused()
    {
        await using var host = await TestHost.Start();
        var solnaAdmin = host.Client(await host.TokenFor("ordforande@solna.test", "solna", "admin"));
        var office = host.Client(await host.TokenFor("kansli@district.test", "district", "district-office"));
        (await Switch(solnaAdmin, "solna", "elections", false)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Switch(office, "solna", "elections", false)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await host.Client().PutAsJsonAsync("/api/admin/associations/solna/modules/elections", new { enabled = false }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await solnaAdmin.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        host.Services.GetRequiredService<IAssociationDirectory>().Find("solna")!.Enables("elections").ShouldBeTrue();

        var admin = host.Client(await host.TokenFor("admin@district.test", "district", "district-admin"));
        var unknownModule = await Switch(admin, "solna", "bowling", true);
        unknownModule.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknownModule.Content.ReadAsStringAsync()).ShouldContain("Unknown module 'bowling'");
        (await Switch(admin, "atlantis", "studies", true)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_module_turned_off_keeps_its_data_for_when_it_is_turned_on_and_the_stored_set_outlives_a_restart()
    {
        var data = TestHost.NewDataDirectory();
        try
        {
            await using (var host = await TestHost.Start(dataDirectory: data))
            {
                var admin = host.Client(await host.TokenFor("admin@district.test", "district", "district-admin"));
                var board = host.Client(await host.TokenFor("styrelse@sundbyberg.test", "sundbyberg", "board"));
                await board.NewMemberId("sundbyberg", "S-7", last: "Kvarstående");

                (await Switch(admin, "sundbyberg", "membership", false)).StatusCode.ShouldBe(HttpStatusCode.OK);
                (await board.GetAsync("/api/associations/sundbyberg/members")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            }
            await using (var restarted = await TestHost.Start(dataDirectory: data))
            {
                var sundbyberg = restarted.Services.GetRequiredService<IAssociationDirectory>().Find("sundbyberg")!;
                sundbyberg.Enables("membership").ShouldBeFalse("the database wins over config/federation.json after a change");
                sundbyberg.Enables("activities").ShouldBeTrue();

                var admin = restarted.Client(await restarted.TokenFor("admin@district.test", "district", "district-admin"));
                (await Switch(admin, "sundbyberg", "membership", true)).StatusCode.ShouldBe(HttpStatusCode.OK);
                var board = restarted.Client(await restarted.TokenFor("styrelse@sundbyberg.test", "sundbyberg", "board"));
                (await board.GetStringAsync("/api/associations/sundbyberg/members")).ShouldContain("Kvarstående");
            }
        }
        finally { TestHost.TryDelete(data); }
    }

    [Fact]
    public async Task A_member_erased_while_a_module_is_off_is_erased_from_it_too()
    {
        await using var host = await TestHost.Start();
        var admin = host.Client(await host.TokenFor("admin@district.test", "district", "district-admin"));
        var board = host.Client(await host.TokenFor("styrelse@solna.test", "solna", "board"));
        var member = await board.NewMemberId("solna", "E-1");
        await TestHost.Eventually(async () => await board.SuggestionCount("solna") == 1, "the new member's course tip");

        (await Switch(admin, "solna", "studies", false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await board.PostAsync($"/api/associations/solna/members/{member}/erase", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await host.Deliver();
        (await Switch(admin, "solna", "studies", true)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await board.SuggestionCount("solna")).ShouldBe(0, "studies left the erased member's tip although it was off");
    }
}
