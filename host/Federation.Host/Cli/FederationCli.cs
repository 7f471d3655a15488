using System.CommandLine;
using System.Text.Json;
using Federation.Host.Accounts;
using Federation.Host.Composition;
using Federation.Host.Configuration;
using Federation.Host.Demo;
using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Host.Operations;
using Federation.Host.Plugins;
using Federation.Host.Storage;
using Federation.Host.Web.Api;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;

namespace Federation.Host.Cli;

/// <summary>
/// <c>serve</c> (the default), <c>migrate</c>, <c>demo</c>, <c>associations list</c>, <c>modules list</c>,
/// <c>plugins list</c>, <c>users add</c>, <c>tokens create</c>, <c>dead-letters list|retry</c>,
/// <c>backup --to FILE</c>, <c>restore --from FILE</c>, <c>migrate-to --connection-string CS</c>, and every
/// module's own verbs. Errors print one clear line on stderr and exit non-zero.
/// </summary>
public static class FederationCli
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> Run(string[] args, TextWriter output, TextWriter error)
    {
        // Anything that is not a verb (no arguments, or options such as --urls) means: serve.
        if (args.Length == 0 || args[0].StartsWith('-')) args = ["serve", .. args];
        var data = new Option<string?>("--data") { Description = "Data folder (default: FEDERATION_DATA or ./data)", Recursive = true };
        var json = new Option<bool>("--json") { Description = "Print JSON", Recursive = true };
        var root = new RootCommand("Federation: the district's shared platform") { data, json };
        CliHost? host = null;
        ParseResult? parse = null;
        CliHost Host(ParseResult p) => host ??= new CliHost(p.GetValue(data));

        root.Subcommands.Add(Serve(data));
        root.Subcommands.Add(Verb("migrate", "Apply all schema migrations", async p =>
        {
            await Host(p).Migrated();
            output.WriteLine("Database is up to date.");
        }));
        root.Subcommands.Add(Verb("demo", "Fill the database with the demo district", async p =>
        {
            var summary = await DemoDistrict.Seed(Host(p));
            Print(p, output, summary, () => summary.ToString());
        }));
        root.Subcommands.Add(Group("associations", Verb("list", "List the district and its associations", p =>
        {
            var list = Host(p).Services.GetRequiredService<IAssociationDirectory>().All.Select(AssociationInfo.From).ToList();
            Print(p, output, list, () => string.Join('\n', list.Select(a =>
                $"{a.Id,-24} {a.Name,-40} modules: {string.Join(",", a.Modules)}  plugins: {string.Join(",", a.Plugins)}")));
            return Task.CompletedTask;
        })));
        root.Subcommands.Add(Group("modules", ModulesList()));
        root.Subcommands.Add(Group("plugins", Verb("list", "List the plugins and their state", p =>
        {
            var list = Host(p).Services.GetRequiredService<PluginHost>().Statuses;
            Print(p, output, list, () => string.Join('\n', list.Select(s =>
                $"{s.Id,-20} {s.Version,-8} {s.State,-12} {string.Join(",", s.Associations)} {s.Reason}")));
            return Task.CompletedTask;
        })));
        root.Subcommands.Add(Group("users", UsersAdd(), UsersLink()));
        root.Subcommands.Add(Group("tokens", TokensCreate(), TokensList(), TokensRevoke()));
        root.Subcommands.Add(DeadLetterCommands());
        root.Subcommands.Add(BackupCommand());
        root.Subcommands.Add(RestoreCommand());
        root.Subcommands.Add(MigrateToCommand());
        foreach (var command in ModuleCatalog.Discover().Modules.SelectMany(m => m.Commands(() => Host(parse!).Migrated().GetAwaiter().GetResult())))
            root.Subcommands.Add(command);

        parse = root.Parse(args);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is ConfigurationException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return e is ConfigurationException ? 2 : 1;
        }
        finally
        {
            if (host is not null) await host.DisposeAsync();
        }

        Command ModulesList()
        {
            var association = new Option<string>("--association") { Description = "Association id", Required = true };
            return Verb("list", "List the modules and whether the association enabled them", p =>
            {
                var services = Host(p).Services;
                var id = p.GetValue(association)!;
                var a = services.GetRequiredService<IAssociationDirectory>().Find(id) ?? throw new ArgumentException($"Unknown association '{id}'.");
                var list = services.GetRequiredService<ModuleCatalog>().Modules.Select(m => new
                {
                    id = m.Manifest.Id, name = m.Manifest.Name.Sv, enabled = a.Enables(m.Manifest.Id),
                    consumes = m.Manifest.Consumes.Select(c => c.EventType.Name).ToList(),
                }).ToList();
                Print(p, output, list, () => string.Join('\n', list.Select(m => $"{m.id,-16} {(m.enabled ? "enabled" : "off"),-8} {m.name}")));
                return Task.CompletedTask;
            }, association);
        }

        Command UsersAdd()
        {
            var email = new Option<string>("--email") { Required = true };
            var name = new Option<string>("--name") { Required = true };
            var association = new Option<string>("--association") { Description = "Association id (the district's id for district roles)", Required = true };
            var role = new Option<string>("--role") { Description = "member, officer, board, admin; or district-office, district-admin", Required = true };
            var password = new Option<string?>("--password");
            return Verb("add", "Add an account, or give an existing one another role", async p =>
            {
                var services = await Host(p).Migrated();
                using var scope = services.CreateScope();
                var r = p.GetValue(role)!;
                var scopeId = AccountService.DistrictRoles.Contains(r) ? AccountRole.DistrictScope : p.GetValue(association)!;
                if (scopeId == AccountRole.DistrictScope && p.GetValue(association) != scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().District.Id)
                    throw new ArgumentException($"District roles are given in the district '{scope.ServiceProvider.GetRequiredService<IAssociationDirectory>().District.Id}'.");
                var account = await scope.ServiceProvider.GetRequiredService<AccountService>()
                    .AddOrGrant(p.GetValue(email)!, p.GetValue(name)!, scopeId, r, p.GetValue(password));
                var result = new { id = account.Id, email = account.Email, roles = account.Roles.Select(x => $"{x.Scope}:{x.Role}") };
                Print(p, output, result, () => $"{account.Email}: {string.Join(", ", result.roles)}");
            }, email, name, association, role, password);
        }

        Command UsersLink()
        {
            var email = new Option<string>("--email") { Required = true };
            var association = new Option<string>("--association") { Description = "Association id", Required = true };
            var number = new Option<string>("--member-number") { Description = "The member's number in the register", Required = true };
            return Verb("link", "Make an account a member of an association (what /me shows, whose sign-ups it makes)", async p =>
            {
                var services = await Host(p).Migrated();
                using var scope = services.CreateScope();
                var id = p.GetValue(association)!;
                var a = services.GetRequiredService<IAssociationDirectory>().Find(id) ?? throw new ArgumentException($"Unknown association '{id}'.");
                scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(a);
                var directory = scope.ServiceProvider.GetService<IMemberDirectory>()
                    ?? throw new ArgumentException($"'{id}' has not enabled the membership module.");
                var wanted = p.GetValue(number)!.Trim();
                var member = (await directory.Search(wanted, 20)).FirstOrDefault(m => m.MemberNumber == wanted)
                    ?? throw new ArgumentException($"No member number '{wanted}' in '{id}'.");
                if (!await scope.ServiceProvider.GetRequiredService<IMemberLinks>().Link(p.GetValue(email)!, id, member.MemberId))
                    throw new ArgumentException($"No account has the email address '{p.GetValue(email)}' (users add).");
                Print(p, output, new { email = p.GetValue(email), association = id, memberId = member.MemberId, memberNumber = wanted },
                    () => $"{p.GetValue(email)} is member {wanted} in {id}");
            }, email, association, number);
        }

        Command TokensCreate()
        {
            var email = new Option<string>("--email") { Required = true };
            var days = new Option<int>("--days") { Description = "How many days the token lives (1–366)", DefaultValueFactory = _ => (int)AccountService.DefaultTokenLifetime.TotalDays };
            return Verb("create", "Create an API token (shown once)", async p =>
            {
                var services = await Host(p).Migrated();
                using var scope = services.CreateScope();
                var (token, stored) = await scope.ServiceProvider.GetRequiredService<AccountService>()
                    .CreateToken(p.GetValue(email)!, TimeSpan.FromDays(p.GetValue(days)));
                Print(p, output, new { token, id = stored.Id, expiresAt = stored.ExpiresAt }, () => token);
            }, email, days);
        }

        Command TokensList()
        {
            var email = new Option<string>("--email") { Required = true };
            return Verb("list", "The account's API tokens: id, created, last used, expires, state", async p =>
            {
                var services = await Host(p).Migrated();
                using var scope = services.CreateScope();
                var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
                var account = await accounts.Find(p.GetValue(email)!) ?? throw new ArgumentException($"No account with email '{p.GetValue(email)}'.");
                var now = DateTime.UtcNow;
                var list = (await accounts.Tokens(account.Id)).Select(t => new
                {
                    t.Id, t.CreatedAt, t.LastUsedAt, t.ExpiresAt,
                    State = t.RevokedAt is not null ? "revoked" : t.ExpiresAt <= now ? "expired" : "valid",
                }).ToList();
                Print(p, output, list, () => list.Count == 0 ? "No tokens." : string.Join('\n', list.Select(t =>
                    $"{t.Id}  {t.State,-8} created {t.CreatedAt:yyyy-MM-dd}  last used {t.LastUsedAt?.ToString("yyyy-MM-dd") ?? "never",-10}  expires {t.ExpiresAt:yyyy-MM-dd}")));
            }, email);
        }

        Command TokensRevoke()
        {
            var id = new Option<Guid>("--id") { Required = true };
            return Verb("revoke", "Revoke an API token at once", async p =>
            {
                var services = await Host(p).Migrated();
                using var scope = services.CreateScope();
                if (!await scope.ServiceProvider.GetRequiredService<AccountService>().RevokeToken(p.GetValue(id), null))
                    throw new ArgumentException($"No valid token {p.GetValue(id)}.");
                Print(p, output, new { revoked = p.GetValue(id) }, () => $"Revoked {p.GetValue(id)}.");
            }, id);
        }

        Command BackupCommand()
        {
            var to = new Option<string>("--to") { Description = "The backup file to write (a zip)", Required = true };
            return Verb("backup", "Back up the database, its messages and keys to one file while the server runs", async p =>
            {
                // Not migrated or started: a backup reads the database as it is, beside a running server.
                var manifest = await Host(p).Services.GetRequiredService<DatabaseBackup>().Create(p.GetValue(to)!);
                var file = Path.GetFullPath(p.GetValue(to)!);
                Print(p, output, new { file, manifest }, () =>
                    $"Backed up to {file}: {manifest.Tables.Count} tables, {manifest.Tables.Values.Sum()} rows, {manifest.Tables.GetValueOrDefault("wolverine_incoming_envelopes")} message envelopes.");
            }, to);
        }

        Command RestoreCommand()
        {
            var from = new Option<string>("--from") { Description = "A file made by backup", Required = true };
            return Verb("restore", "Restore a backup into an empty data folder (never over existing data)", async p =>
            {
                var services = Host(p).Services;
                var folder = services.GetRequiredService<Federation.Platform.Storage.StorageOptions>().DataDirectory;
                var known = services.GetRequiredService<SchemaFingerprint>().Current.Split(';').ToHashSet();
                var manifest = await DatabaseBackup.Restore(p.GetValue(from)!, folder, known);
                Print(p, output, new { folder, manifest }, () =>
                    $"Restored the backup of {manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC (version {manifest.Product}) into {folder}: " +
                    $"{manifest.Tables.Values.Sum()} rows checked. Start the server with this data folder; pending upgrades run then.");
            }, from);
        }

        Command MigrateToCommand()
        {
            var connection = new Option<string>("--connection-string") { Description = "The empty PostgreSQL database to copy into", Required = true };
            return Verb("migrate-to", "Copy every row of the embedded database into an empty PostgreSQL database (server stopped)", async p =>
            {
                var services = Host(p).Services;
                await services.GetRequiredService<DatabaseMigrator>().MigrateAll();
                var counts = await ActivatorUtilities.CreateInstance<MoveToPostgres>(services).Run(p.GetValue(connection)!, p.GetValue(json) ? TextWriter.Null : output);
                Print(p, output, counts, () =>
                    $"Copied {counts.Values.Sum()} rows in {counts.Count} tables; each table counted on both sides. " +
                    "Now set Storage:Provider=postgres and Storage:ConnectionString (docs/operations.md).");
            }, connection);
        }

        Command DeadLetterCommands()
        {
            var id = new Option<Guid>("--id") { Required = true };
            return Group("dead-letters",
                Verb("list", "Messages no handler could handle", async p =>
                {
                    var services = await Host(p).Migrated();
                    using var scope = services.CreateScope();
                    var list = await scope.ServiceProvider.GetRequiredService<DeadLetters>().Pending();
                    Print(p, output, list, () => list.Count == 0 ? "No dead letters." :
                        string.Join('\n', list.Select(d => $"{d.Id} {d.Handler,-48} {d.AssociationId,-18} {d.Error}")));
                }),
                Verb("retry", "Put a dead letter back on its queue (the server handles it within seconds)", async p =>
                {
                    var services = await Host(p).Migrated();
                    if (!await services.GetRequiredService<DeadLetters>().Retry(p.GetValue(id)))
                        throw new ArgumentException($"No pending dead letter {p.GetValue(id)}.");
                    output.WriteLine($"Dead letter {p.GetValue(id)} is back on its queue.");
                }, id));
        }
    }

    private static Command Serve(Option<string?> data)
    {
        var demo = new Option<bool>("--demo") { Description = "Fill an empty database with the demo district first" };
        var serve = new Command("serve", "Run the web app (the default)") { demo };
        serve.TreatUnmatchedTokensAsErrors = false;
        serve.SetAction(async (p, ct) =>
        {
            var webArgs = p.UnmatchedTokens.ToArray();
            await using var app = FederationApp.Create(webArgs, b =>
            {
                if (p.GetValue(data) is { } dir) b.Configuration["Storage:DataDirectory"] = dir;
            });
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAll(ct);
            // Started first: the demo data's messages go through the running message store.
            await app.StartAsync(ct);
            if (p.GetValue(demo)) await DemoDistrict.SeedIfEmpty(app);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return serve;
    }

    private static Command Group(string name, params Command[] verbs)
    {
        var group = new Command(name);
        foreach (var verb in verbs) group.Subcommands.Add(verb);
        return group;
    }

    private static Command Verb(string name, string description, Func<ParseResult, Task> action, params Option[] options)
    {
        var command = new Command(name, description);
        foreach (var option in options) command.Options.Add(option);
        command.SetAction(async (p, _) =>
        {
            await action(p);
            return 0;
        });
        return command;
    }

    private static void Print<T>(ParseResult p, TextWriter output, T value, Func<string> text) =>
        output.WriteLine(p.GetValue<bool>("--json") ? JsonSerializer.Serialize(value, Json) : text());
}
