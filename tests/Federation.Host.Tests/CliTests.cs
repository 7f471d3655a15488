using System.Text.Json;
using Federation.Host.Cli;

namespace Federation.Host.Tests;

/// <summary>The admin verbs of the host binary, run in-process on their own data folder.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string data = TestHost.NewDataDirectory();

    public void Dispose() => TestHost.TryDelete(data);

    private async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FederationCli.Run([.. args, "--data", data], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Associations_list_shows_the_configured_district_as_json()
    {
        var (code, output, _) = await Run("associations", "list", "--json");
        code.ShouldBe(0);
        var ids = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        ids.ShouldContain("storstockholm");
        ids.ShouldContain("solna");
        ids.ShouldContain("alvsjo-hagersten");
    }

    [Fact]
    public async Task Modules_list_says_what_an_association_enabled()
    {
        var (code, output, _) = await Run("modules", "list", "--association", "sundbyberg", "--json");
        code.ShouldBe(0);
        var modules = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("enabled").GetBoolean());
        modules["membership"].ShouldBeTrue();
        modules["studies"].ShouldBeFalse();
    }

    [Fact]
    public async Task Plugins_list_shows_the_three_plugins_loaded()
    {
        var (code, output, _) = await Run("plugins", "list", "--json");
        code.ShouldBe(0);
        JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(p => (p.GetProperty("id").GetString(), p.GetProperty("state").GetInt32()))
            .ShouldBe([("alvsjo-hagersten", 0), ("solna", 0), ("storstockholm", 0)]);
    }

    [Fact]
    public async Task Users_add_and_tokens_create_give_a_token_that_opens_the_api()
    {
        (await Run("users", "add", "--email", "Kassor@Solna.se", "--name", "Kim Kassör", "--association", "solna", "--role", "board", "--password", "long enough to pass"))
            .Code.ShouldBe(0);
        var (code, output, _) = await Run("tokens", "create", "--email", "kassor@solna.se", "--json");
        code.ShouldBe(0);
        var token = JsonDocument.Parse(output).RootElement.GetProperty("token").GetString()!;
        token.ShouldStartWith("fed_");

        await using var host = await TestHost.Start(dataDirectory: data);
        (await host.Client(token).GetAsync("/api/associations/solna/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.Client(token).GetAsync("/api/associations/alvsjo-hagersten/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("Unknown association 'atlantis'", "users", "add", "--email", "a@b.se", "--name", "A", "--association", "atlantis", "--role", "board")]
    [InlineData("Unknown role 'king'", "users", "add", "--email", "a@b.se", "--name", "A", "--association", "solna", "--role", "king")]
    [InlineData("No account with email 'nobody@b.se'", "tokens", "create", "--email", "nobody@b.se")]
    [InlineData("Unknown association 'atlantis'", "modules", "list", "--association", "atlantis")]
    public async Task Errors_exit_non_zero_with_a_clear_message(string message, params string[] args)
    {
        var (code, _, error) = await Run(args);
        code.ShouldNotBe(0);
        error.ShouldContain(message);
    }
}
