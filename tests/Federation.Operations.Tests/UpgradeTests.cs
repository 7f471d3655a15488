using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Federation.Operations.Tests;

/// <summary>
/// The current binary starts on a database made by the previous release's migrations — directly, and
/// restored from a backup — backs it up first and says where, and upgrades it with its rows. A migration
/// that fails leaves the old database exactly as it was and the error names the migration.
/// </summary>
[Collection(RealProcesses.Name)]
public sealed partial class UpgradeTests(ITestOutputHelper output) : IDisposable
{
    private readonly string root = TestHost.NewDataDirectory();
    private bool passed;

    [Fact]
    public async Task The_server_backs_up_an_old_database_before_upgrading_it()
    {
        var data = Path.Combine(root, "data");
        var old = await PreviousRelease.Create(data);
        var before = await DatabaseBackup.Counts(Path.Combine(data, "federation.db"));

        await using (var server = HostProcess.Serve(Path.Combine(root, "serve.log"), ["--data", data]))
        {
            await server.WaitForHealth(TimeSpan.FromSeconds(90));
            var said = BackedUpTo().Match(server.LogTail(400));
            said.Success.ShouldBeTrue($"the log does not say where the pre-upgrade backup is\n{server.LogTail()}");
            var backup = said.Groups[1].Value;
            output.WriteLine($"pre-upgrade backup: {backup}");
            Path.GetDirectoryName(backup).ShouldBe(Path.Combine(data, "backups"));
            var manifest = DatabaseBackup.ReadManifest(backup);
            manifest.Migrations.ShouldBe(old, ignoreOrder: true, "the backup is the old database");
            manifest.Tables.ShouldBe(before, ignoreOrder: true);
            server.Terminate();
            (await server.WaitForExit(TimeSpan.FromSeconds(45))).ShouldBeTrue();
        }
        await ShouldBeUpgradedWithItsRows(data);
        passed = true;
    }

    [Fact]
    public async Task A_backup_of_an_old_database_restores_and_upgrades()
    {
        var old = Path.Combine(root, "old");
        var fresh = Path.Combine(root, "fresh");
        var file = Path.Combine(root, "old.zip");
        var applied = await PreviousRelease.Create(old);
        var schema = await PreviousRelease.Schema(old);
        var log = Path.Combine(root, "cli.log");

        (await HostProcess.Cli(log, ["backup", "--to", file, "--data", old])).ExitCode.ShouldBe(0);
        (await PreviousRelease.Schema(old)).ShouldBe(schema, "a backup never migrates");
        DatabaseBackup.ReadManifest(file).Migrations.ShouldBe(applied, ignoreOrder: true);
        var restore = await HostProcess.Cli(log, ["restore", "--from", file, "--data", fresh]);
        restore.ExitCode.ShouldBe(0, restore.Log);
        restore.Output.ShouldContain($"into {fresh}");

        var migrate = await HostProcess.Cli(log, ["migrate", "--data", fresh]);
        migrate.ExitCode.ShouldBe(0, migrate.Log);
        BackedUpTo().IsMatch(migrate.Output).ShouldBeTrue(migrate.Output);
        await ShouldBeUpgradedWithItsRows(fresh);
        passed = true;
    }

    [Fact]
    public async Task A_failed_migration_leaves_the_old_database_untouched_and_is_named()
    {
        var data = Path.Combine(root, "data");
        await PreviousRelease.Create(data);
        // Someone added by hand the column the membership module's MemberVersion migration adds: that migration fails.
        await PreviousRelease.Execute(data, "ALTER TABLE membership_members ADD COLUMN Version INTEGER NOT NULL DEFAULT 7");
        var schema = await PreviousRelease.Schema(data);
        var counts = await DatabaseBackup.Counts(Path.Combine(data, "federation.db"));

        var migrate = await HostProcess.Cli(Path.Combine(root, "cli.log"), ["migrate", "--data", data]);
        output.WriteLine(migrate.Log);
        migrate.ExitCode.ShouldNotBe(0);
        migrate.Log.ShouldContain("Migration 20261126000008_MemberVersion of module 'membership' failed");
        migrate.Log.ShouldContain("duplicate column name: Version");
        migrate.Log.ShouldContain("The database was put back as it was before the upgrade");

        (await PreviousRelease.Schema(data)).ShouldBe(schema, "every table, index and migration history as before");
        (await DatabaseBackup.Counts(Path.Combine(data, "federation.db"))).ShouldBe(counts, ignoreOrder: true);
        (await PreviousRelease.Scalar(data, "SELECT count(*) FROM membership_outbox")).ShouldBe(0L, "the table MessagesOnWolverine dropped is back");
        passed = true;
    }

    private static async Task ShouldBeUpgradedWithItsRows(string data)
    {
        (await PreviousRelease.Scalar(data, $"SELECT count(*) FROM membership_members WHERE MemberNumber LIKE '{PreviousRelease.MemberPrefix}%' AND Version = 1"))
            .ShouldBe((long)PreviousRelease.Members);
        (await PreviousRelease.Scalar(data, "SELECT Name FROM platform_accounts WHERE Email = 'veteran@solna.test'")).ShouldBe("Veteran");
        (await PreviousRelease.Scalar(data, "SELECT max(MigrationId) FROM __membership_migrations")).ShouldBe("20261126000008_MemberVersion");
        (await PreviousRelease.Scalar(data, "SELECT count(*) FROM __communications_migrations")).ShouldNotBe(0L);
    }

    [GeneratedRegex(@"backed up to (\S+\.zip)")]
    private static partial Regex BackedUpTo();

    public void Dispose()
    {
        if (passed) TestHost.TryDelete(root);
        else output.WriteLine($"kept for diagnosis: {root}");
    }
}
