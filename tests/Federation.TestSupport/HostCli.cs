using System.Text.RegularExpressions;

namespace Federation.TestSupport;

/// <summary>The binary's own CLI verbs, as an operator runs them before the first <c>serve</c>.</summary>
public static partial class HostCli
{
    public const string Password = "real-process-password-1";

    /// <summary>
    /// <c>users add</c> once per role (the same account), then <c>tokens create --json</c>: returns the token.
    /// The first verb also migrates the database.
    /// </summary>
    public static async Task<string> AccountWithToken(string logFile, string dataDirectory, string email,
        IEnumerable<(string Association, string Role)> roles, IReadOnlyDictionary<string, string?>? environment = null)
    {
        foreach (var (association, role) in roles)
        {
            var added = await HostProcess.Cli(logFile, ["users", "add", "--email", email, "--name", email.Split('@')[0],
                "--association", association, "--role", role, "--password", Password, "--data", dataDirectory], environment);
            if (added.ExitCode != 0) throw new InvalidOperationException($"'users add' exited with {added.ExitCode}.\n{added.Log}");
        }
        var created = await HostProcess.Cli(logFile, ["tokens", "create", "--email", email, "--json", "--data", dataDirectory], environment);
        var token = TokenJson().Match(created.Output);
        if (created.ExitCode != 0 || !token.Success)
            throw new InvalidOperationException($"'tokens create' exited with {created.ExitCode} and printed no token.\n{created.Log}");
        return token.Groups[1].Value;
    }

    [GeneratedRegex("\"token\":\\s*\"([^\"]+)\"")]
    private static partial Regex TokenJson();
}
