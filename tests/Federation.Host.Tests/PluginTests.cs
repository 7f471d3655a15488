using System.Runtime.Loader;
using System.Text.Json;
using Federation.Extensions;
using Federation.Host.Plugins;
using Federation.Platform.Plugins;

namespace Federation.Host.Tests;

/// <summary>Plugins load into their own contexts, supply the seeds' rules, and fail without taking anyone else down.</summary>
public sealed class PluginTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("federation-plugins-").FullName;

    public PluginTests()
    {
        Copy(Path.Combine(TestHost.RepoRoot, "artifacts", "plugins"), folder);
        Copy(Path.Combine(TestHost.RepoRoot, "artifacts", "test-plugins"), folder);
    }

    public void Dispose() => TestHost.TryDelete(folder);

    private Task<TestHost> Start() => TestHost.Start(b =>
    {
        b.Configuration["Plugins:Folder"] = folder;
        b.Configuration["Plugins:Known:3"] = "faulty";
        b.Configuration["Associations:2:Plugins:0"] = "faulty"; // sundbyberg
    });

    private string PluginDir(string project) => Path.Combine(folder, project);

    [Fact]
    public async Task The_three_district_plugins_load_into_their_own_contexts()
    {
        await using var host = await Start();
        var plugins = host.Services.GetRequiredService<PluginHost>();
        plugins.Statuses.Where(s => s.Id != "faulty").Select(s => (s.Id, s.State))
            .ShouldBe([("alvsjo-hagersten", PluginState.Loaded), ("solna", PluginState.Loaded), ("storstockholm", PluginState.Loaded)]);

        var rule = plugins.Ask<IRecurrenceRule, IRecurrenceRule>("alvsjo-hagersten", rules => rules[0], null!);
        rule.GetType().GetInterfaces().ShouldContain(typeof(IRecurrenceRule), "the plugin's contract type is the host's type");
        var context = AssemblyLoadContext.GetLoadContext(rule.GetType().Assembly)!;
        context.ShouldNotBe(AssemblyLoadContext.Default);
        context.Name.ShouldBe("Federation.Plugins.AlvsjoHagersten", "the loader names a plugin's context after its assembly");
        AssemblyLoadContext.GetLoadContext(typeof(IRecurrenceRule).Assembly).ShouldBe(AssemblyLoadContext.Default);
    }

    [Fact]
    public async Task A_plugin_gets_the_hosts_contract_types_and_keeps_its_own_dependencies()
    {
        // Even a plugin that ships a copy of the abstractions must implement the host's own types.
        var faulty = PluginDir("Federation.TestPlugins.Faulty");
        File.Copy(typeof(IExtensionPoint).Assembly.Location, Path.Combine(faulty, "Federation.Abstractions.dll"));
        await using var host = await Start();
        var functions = host.Services.GetRequiredService<IPluginRules>()
            .Ask<IRequiredBoardFunctions, IRequiredBoardFunctions>("sundbyberg", f => f[0], null!);
        functions.ShouldNotBeNull("the plugin's extension is found as the host's IRequiredBoardFunctions");
        functions.RequiredFunctions(1999).ShouldBe(["chair"]); // computed with Markdig, which only the plugin has

        var plugin = AssemblyLoadContext.GetLoadContext(functions.GetType().Assembly)!;
        plugin.ShouldNotBe(AssemblyLoadContext.Default);
        functions.GetType().GetInterfaces().ShouldContain(typeof(IExtensionPoint));
        AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Federation.Abstractions")
            .ShouldHaveSingleItem().ShouldBeSameAs(typeof(IExtensionPoint).Assembly);
        AssemblyLoadContext.GetLoadContext(typeof(IExtensionPoint).Assembly).ShouldBe(AssemblyLoadContext.Default);

        var markdig = plugin.Assemblies.Single(a => a.GetName().Name == "Markdig");
        AssemblyLoadContext.GetLoadContext(markdig).ShouldNotBe(AssemblyLoadContext.Default);
        markdig.Location.ShouldStartWith(faulty);
        // The host has Markdig too (communications renders Markdown): the plugin's copy stays its own.
        AssemblyLoadContext.Default.Assemblies.ShouldNotContain(markdig);
    }

    [Fact]
    public async Task The_seed_rules_reach_the_host()
    {
        await using var host = await Start();
        var rules = host.Services.GetRequiredService<IPluginRules>();
        var dates = rules.Ask<IRecurrenceRule, IReadOnlyList<DateOnly>>("alvsjo-hagersten",
            all => all.Single(r => r.Id == "member-activity-15th").Dates(new(2026, 1, 1), new(2026, 12, 31)).ToList(), []);
        dates.Count.ShouldBe(10);
        dates.ShouldAllBe(d => d.Day == 15 && d.Month != 7 && d.Month != 8);

        int PillarsIn(int year) => rules.Ask<IActivityPlanTemplate, int?>("solna",
            all => all.SingleOrDefault(t => t.FirstYear <= year && year <= t.LastYear)?.Pillars.Count, null) ?? 0;
        PillarsIn(2020).ShouldBe(3);
        PillarsIn(2024).ShouldBe(4);
        rules.Ask<IRequiredBoardFunctions, IReadOnlyList<string>>("solna", f => f[0].RequiredFunctions(2024), [])
            .ShouldBe([BoardFunctions.Chair, BoardFunctions.ViceChair, BoardFunctions.Treasurer, BoardFunctions.MemberOfficer,
                       BoardFunctions.InternalFeministOfficer, BoardFunctions.AntiracistOfficer], ignoreOrder: true);
    }

    [Fact]
    public async Task A_missing_plugin_degrades_health_and_its_association_runs_on_defaults()
    {
        Directory.Delete(PluginDir("Federation.Plugins.Solna"), recursive: true);
        await using var host = await Start();
        await AssertDegraded(host, "solna", "missing", "No plugin.json with id 'solna'");
        await AssertOthersServe(host);
    }

    [Fact]
    public async Task A_plugin_that_fails_to_load_is_reported()
    {
        await File.WriteAllTextAsync(Path.Combine(PluginDir("Federation.Plugins.Solna"), "Federation.Plugins.Solna.dll"), "not an assembly");
        await using var host = await Start();
        await AssertDegraded(host, "solna", "failed", "BadImageFormatException");
        await AssertOthersServe(host);
    }

    [Fact]
    public async Task A_plugin_whose_assembly_is_missing_is_reported()
    {
        File.Delete(Path.Combine(PluginDir("Federation.Plugins.Solna"), "Federation.Plugins.Solna.dll"));
        await using var host = await Start();
        await AssertDegraded(host, "solna", "failed", "Failed to locate managed application");
        await AssertOthersServe(host);
    }

    [Fact]
    public async Task A_plugin_built_against_other_contracts_is_not_loaded()
    {
        var manifest = Path.Combine(PluginDir("Federation.Plugins.Solna"), "plugin.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(manifest))!;
        json["contractsVersion"] = "2.0";
        await File.WriteAllTextAsync(manifest, json.ToJsonString());
        await using var host = await Start();
        await AssertDegraded(host, "solna", "incompatible", $"Built against contracts 2.0; this host offers {PluginContract.Version}");
        await AssertOthersServe(host);
    }

    [Fact]
    public async Task A_plugin_that_throws_is_taken_out_of_service_and_its_association_gets_defaults()
    {
        await using var host = await Start();
        var rules = host.Services.GetRequiredService<IPluginRules>();
        rules.Ask<IRequiredBoardFunctions, IReadOnlyList<string>>("sundbyberg", f => f[0].RequiredFunctions(2026), DefaultRules.RequiredBoardFunctions)
            .ShouldBe(DefaultRules.RequiredBoardFunctions);
        await AssertDegraded(host, "faulty", "faulted", "No rule for 2026");
        // Once faulted it is not asked again, even for a year it could answer.
        rules.Ask<IRequiredBoardFunctions, IReadOnlyList<string>>("sundbyberg", f => f[0].RequiredFunctions(1999), DefaultRules.RequiredBoardFunctions)
            .ShouldBe(DefaultRules.RequiredBoardFunctions);
        var page = await host.Client(await host.TokenFor("s@sundbyberg.test", "sundbyberg", "admin")).GetStringAsync("/a/sundbyberg/local-rules");
        page.ShouldContain("Kassör");
        page.ShouldContain("Plattformens standardregel"); // the default is not passed off as the plugin's
        await AssertOthersServe(host);
    }

    [Fact]
    public async Task The_local_rules_page_says_which_rules_come_from_the_plugin_and_which_are_the_platforms_defaults()
    {
        await using var host = await TestHost.Start();
        // Älvsjö-Hägersten's plugin names no board functions: the list shown is the platform's, and says so.
        var alvsjo = WebUtility.HtmlDecode(await host.Client(await host.TokenFor("s@alvsjo-hagersten.test", "alvsjo-hagersten", "admin")).GetStringAsync("/a/alvsjo-hagersten/local-rules"));
        Section(alvsjo, "Styrelsens funktioner").ShouldContain("Plattformens standardregel");
        var solna = WebUtility.HtmlDecode(await host.Client(await host.TokenFor("s@solna.test", "solna", "admin")).GetStringAsync("/a/solna/local-rules"));
        Section(solna, "Styrelsens funktioner").ShouldContain("Från föreningens tillägg.");
        Section(solna, "Styrelsens funktioner").ShouldNotContain("Plattformens standardregel");
    }

    /// <summary>The page's text from a heading to the next section.</summary>
    private static string Section(string page, string heading)
    {
        var from = page.IndexOf(heading, StringComparison.Ordinal);
        from.ShouldBeGreaterThanOrEqualTo(0, $"the page should have a section '{heading}'");
        var to = page.IndexOf("</section>", from, StringComparison.Ordinal);
        return page[from..(to < 0 ? page.Length : to)];
    }

    private static async Task AssertDegraded(TestHost host, string plugin, string state, string reason)
    {
        var health = JsonDocument.Parse(await host.Client().GetStringAsync("/health")).RootElement;
        health.GetProperty("status").GetString().ShouldBe("degraded");
        var entry = health.GetProperty("plugins").EnumerateArray().Single(p => p.GetProperty("id").GetString() == plugin);
        entry.GetProperty("state").GetString().ShouldBe(state);
        entry.GetProperty("reason").GetString()!.ShouldContain(reason);

        var admin = await host.TokenFor("admin@district.test", "district", "district-admin");
        var adminPage = WebUtility.HtmlDecode(await host.Client(admin).GetStringAsync("/admin"));
        adminPage.ShouldContain(reason);
    }

    private static async Task AssertOthersServe(TestHost host)
    {
        var rules = host.Services.GetRequiredService<IPluginRules>();
        rules.Ask<IRecurrenceRule, int>("alvsjo-hagersten", r => r.Count, 0).ShouldBe(1);
        var token = await host.TokenFor("styrelse@alvsjo.test", "alvsjo-hagersten", "board");
        (await host.Client(token).GetAsync("/a/alvsjo-hagersten")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Client(token).AddMember("alvsjo-hagersten", "A-9")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
