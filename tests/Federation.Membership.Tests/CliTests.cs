using System.Text.Json;
using Federation.Host.Cli;

namespace Federation.Membership.Tests;

/// <summary><c>members import</c> through the host binary's CLI, on its own data folder.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string data = TestHost.NewDataDirectory();
    private readonly string file = Path.Combine(Path.GetTempPath(), $"medlemmar-{Guid.NewGuid():N}.csv");

    public CliTests() => File.WriteAllText(file,
        "member_number,first_name,last_name,email,joined_on,shoe_size\n" +
        "1,Öjvind,Åberg,ojvind@exempel.se,2024-05-01,44\n" +
        "2,Ulla,Lund,inte-epost,2024-05-01,38\n", new UTF8Encoding(true));

    public void Dispose()
    {
        TestHost.TryDelete(data);
        File.Delete(file);
    }

    private async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FederationCli.Run([.. args, "--data", data], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Import_prints_the_summary_as_json_and_a_second_run_changes_nothing()
    {
        var (code, output, error) = await Run("members", "import", "--association", "solna", "--file", file, "--json");
        code.ShouldBe(0, error);
        var json = JsonDocument.Parse(output).RootElement;
        json.GetProperty("imported").GetInt32().ShouldBe(1);
        var rejected = json.GetProperty("rejected").EnumerateArray().ShouldHaveSingleItem();
        rejected.GetProperty("line").GetInt32().ShouldBe(3);
        rejected.GetProperty("reason").GetString()!.ShouldContain("”inte-epost” är ingen giltig e-postadress");
        json.GetProperty("unknownColumns").EnumerateArray().Select(c => c.GetString()).ShouldBe(["shoe_size"]);

        var (again, text, _) = await Run("members", "import", "--association", "solna", "--file", file);
        again.ShouldBe(0);
        text.ShouldContain("imported: 0");
        text.ShouldContain("unchanged: 1");
        text.ShouldContain("rejected: 1");
        text.ShouldContain("line 3:");
    }

    [Fact]
    public async Task Dry_run_says_so_and_saves_nothing()
    {
        var (code, output, _) = await Run("members", "import", "--association", "solna", "--file", file, "--dry-run");
        code.ShouldBe(0);
        output.ShouldContain("dry run: nothing was saved");
        output.ShouldContain("imported: 1");
        (await Run("members", "import", "--association", "solna", "--file", file)).Out.ShouldContain("imported: 1");
    }

    [Fact]
    public async Task The_demo_district_has_onboarding_under_way_and_a_running_call_assignment()
    {
        var (code, _, error) = await Run("demo");
        code.ShouldBe(0, error);
        await using var host = await TestHost.Start(dataDirectory: data);
        var board = host.Client(await host.TokenFor("kontroll@solna.test", "solna", "board"));

        var calls = JsonDocument.Parse(await board.GetStringAsync("/api/associations/solna/calls")).RootElement.EnumerateArray().ShouldHaveSingleItem();
        var progress = calls.GetProperty("progress");
        progress.GetProperty("attempted").GetInt32().ShouldBeGreaterThan(0);
        progress.GetProperty("reached").GetInt32().ShouldBeGreaterThan(0);
        progress.GetProperty("left").GetInt32().ShouldBeGreaterThan(0);
        var open = JsonDocument.Parse(await board.GetStringAsync("/api/associations/solna/onboarding?pageSize=200")).RootElement;
        open.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        var me = host.Client(await host.TokenFor("medlem@solna.demo", "solna", "member"));
        (await me.GetAsync("/api/associations/solna/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the demo links its member account to the first member");
    }

    [Fact]
    public async Task Users_link_makes_an_account_the_member_with_that_number()
    {
        (await Run("members", "import", "--association", "solna", "--file", file)).Code.ShouldBe(0);
        (await Run("users", "add", "--email", "ojvind@exempel.se", "--name", "Öjvind", "--association", "solna", "--role", "member")).Code.ShouldBe(0);
        var unknown = await Run("users", "link", "--email", "ojvind@exempel.se", "--association", "solna", "--member-number", "99");
        (unknown.Code, unknown.Error.Trim()).ShouldBe((1, "error: No member number '99' in 'solna'."));
        var (code, output, error) = await Run("users", "link", "--email", "ojvind@exempel.se", "--association", "solna", "--member-number", "1");
        code.ShouldBe(0, error);
        output.ShouldContain("ojvind@exempel.se is member 1 in solna");

        await using var host = await TestHost.Start(dataDirectory: data);
        var me = host.Client(await host.TokenFor("ojvind@exempel.se", "solna", "member"));
        JsonDocument.Parse(await me.GetStringAsync("/api/associations/solna/me")).RootElement
            .GetProperty("register").GetProperty("firstName").GetString().ShouldBe("Öjvind");
    }

    [Fact]
    public async Task An_unknown_association_exits_non_zero_with_a_clear_message()
    {
        var (code, _, error) = await Run("members", "import", "--association", "atlantis", "--file", file);
        code.ShouldNotBe(0);
        error.ShouldContain("Unknown association 'atlantis'");
    }
}
