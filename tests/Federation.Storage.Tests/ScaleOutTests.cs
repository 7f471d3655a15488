using System.Diagnostics;
using System.Net;
using System.Text;
using Federation.TestSupport;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Federation.Storage.Tests;

/// <summary>Tests that run the built host binary as real processes; alone, so their timings mean something.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcesses
{
    public const string Name = "Real host processes";
}

/// <summary>
/// Several instances of the real host (the built binary) on one PostgreSQL database and one RabbitMQ broker
/// (<c>Messaging:Transport=rabbitmq</c>, Wolverine in Balanced mode): every MemberJoined is handled exactly
/// once across the instances, and the work of an instance killed in the middle of a batch is finished by
/// the others — nothing lost, nothing doubled.
/// </summary>
/// <remarks>
/// The queues are named after their consumers, so every run on one broker shares them (the tests cannot make
/// a virtual host of their own over AMQP). Each run of <c>.ci/test</c> starts a broker of its own. On a shared
/// broker: a test fails at once, saying why, if anything else already consumes the queues (it would take this
/// test's messages), and it counts per member of its own fresh database, so a message left in a queue by
/// another run (handled here, against members that do not exist) changes nothing it counts.
/// </remarks>
[Collection(RealProcesses.Name)]
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    public const string RabbitVariable = "FEDERATION_TEST_RABBITMQ";

    public const string RabbitHint =
        "run bash .ci/test, which installs rabbitmq-server and starts a private broker, or set FEDERATION_TEST_RABBITMQ=amqp://user:password@127.0.0.1:5672/";

    /// <summary>
    /// The consumers of MemberJoined and of the course tip's CourseSuggested, and of the MemberContacted a sent
    /// letter would raise (none here: no mail server is configured): their queues must end empty.
    /// </summary>
    private static readonly string[] Queues =
    [
        "membership.onboardingstarter.memberjoined", "studies.suggestnewmembercourse.memberjoined", "communications.welcomeletter.memberjoined",
        "communications.coursemessages.coursesuggested", "membership.onboardingevents.membercontacted",
    ];

    [Fact]
    public async Task Two_instances_handle_each_imported_member_exactly_once_between_them()
    {
        const int members = 1_000;
        await using var cluster = await Cluster.Create(output, "scale");
        await using var a = cluster.Start("a");
        await using var b = cluster.Start("b");
        await Task.WhenAll(a.WaitForHealth(TimeSpan.FromSeconds(90)), b.WaitForHealth(TimeSpan.FromSeconds(90)));

        var import = Stopwatch.StartNew();
        await cluster.Import(a, members, "SA");
        output.WriteLine($"import of {members} through A: {import.Elapsed.TotalSeconds:0.0} s");

        var settled = await cluster.Database.WaitUntilHandled("solna", "SA", TimeSpan.FromSeconds(90));
        output.WriteLine($"A and B: {settled}");
        settled.Effects.Doubled.ShouldBeEmpty($"handled twice: {settled}");
        settled.Done.ShouldBeTrue($"not every member was handled within 90 s: {settled}\n{a.LogTail(30)}\n{b.LogTail(30)}");
        cluster.ShouldBeExactlyOnce(settled.Effects, members);

        // Both instances took messages from the queues (each stores what it receives under its node number).
        var byNode = await cluster.HandledByNode();
        output.WriteLine($"messages handled per node: {string.Join(", ", byNode.Select(n => $"{n.Key}: {n.Value}"))}");
        byNode.Count.ShouldBe(2, "both instances should consume from the shared queues");
        await cluster.ShouldHaveNoDeadLettersAndEmptyQueues(b, instances: 2);
    }

    [Fact]
    public async Task An_instance_killed_in_the_middle_of_a_batch_leaves_its_work_to_the_others()
    {
        const int members = 2_000;
        await using var cluster = await Cluster.Create(output, "crash");
        var a = cluster.Start("a");
        HostProcess? b = null, restartedA = null;
        try
        {
            // A first, so its node number is the only one; then B.
            await a.WaitForHealth(TimeSpan.FromSeconds(90));
            var nodeA = (await cluster.Nodes()).ShouldHaveSingleItem();
            b = cluster.Start("b");
            await b.WaitForHealth(TimeSpan.FromSeconds(90));

            var import = Stopwatch.StartNew();
            await cluster.Import(a, members, "SK");
            output.WriteLine($"import of {members} through A (node {nodeA}): {import.Elapsed.TotalSeconds:0.0} s");

            // A dies 0.8 s later, in the middle of sending and handling the batch.
            await Task.Delay(TimeSpan.FromMilliseconds(800));
            var atKill = await cluster.Database.Effects("solna", "SK");
            a.Kill();
            (await a.WaitForExit(TimeSpan.FromSeconds(10))).ShouldBeTrue();
            var killed = Stopwatch.StartNew();
            var waitingAtKill = await cluster.Database.MessagesWaiting();
            output.WriteLine($"A killed: {atKill}; {waitingAtKill} messages stored and waiting");
            atKill.Missing.Count.ShouldBeGreaterThan(0, "A was through before it was killed: the test proves nothing (import more members)");

            // B alone: what A had received is redelivered by the broker at once; what A had stored and not sent, or
            // received and not handled, is released when Wolverine ejects A's node (its health checks stop).
            TimeSpan? foundDead = null;
            using var watching = new CancellationTokenSource();
            var watch = Task.Run(async () =>
            {
                while (!watching.IsCancellationRequested)
                {
                    if (!(await cluster.Nodes()).Contains(nodeA))
                    {
                        foundDead = killed.Elapsed;
                        return;
                    }
                    await Task.Delay(500);
                }
            });
            var byB = await cluster.Database.WaitUntilHandled("solna", "SK", TimeSpan.FromSeconds(150));
            output.WriteLine($"B alone: {byB}; A's node ejected {(foundDead is { } t ? $"{t.TotalSeconds:0.0} s" : "not yet")} after the kill");
            byB.Effects.Doubled.ShouldBeEmpty($"handled twice: {byB}");
            var settled = byB;
            if (!byB.Done)
            {
                // Longer than the test waits: A is started again (as an operator would) and the two finish it. The
                // restarted A is a new Wolverine node: it does not take back the dead node's envelopes, it shares the
                // work once they are released.
                var restart = Stopwatch.StartNew();
                restartedA = cluster.Start("a-restarted");
                await restartedA.WaitForHealth(TimeSpan.FromSeconds(90));
                settled = await cluster.Database.WaitUntilHandled("solna", "SK", TimeSpan.FromSeconds(90));
                output.WriteLine($"A restarted: {settled} (from A's restart {restart.Elapsed.TotalSeconds:0.0} s)");
            }
            await watching.CancelAsync();
            await watch;
            output.WriteLine($"recovery: every member handled {killed.Elapsed.TotalSeconds:0.0} s after A was killed" +
                (byB.Done ? " by B alone" : ", B and then A restarted") + $"; A's node ejected {(foundDead is { } dead ? $"{dead.TotalSeconds:0.0} s" : "not")} after the kill");
            settled.Effects.Doubled.ShouldBeEmpty($"handled twice: {settled}");
            settled.Done.ShouldBeTrue($"not every member was handled: {settled}\n{b.LogTail(30)}\n{restartedA?.LogTail(30)}");
            cluster.ShouldBeExactlyOnce(settled.Effects, members);
            await cluster.ShouldHaveNoDeadLettersAndEmptyQueues(b, instances: restartedA is null ? 1 : 2);
        }
        finally
        {
            await a.DisposeAsync();
            if (b is not null) await b.DisposeAsync();
            if (restartedA is not null) await restartedA.DisposeAsync();
        }
    }

    /// <summary>One fresh PostgreSQL database, the broker, a folder for each instance's logs and keys, and an API token.</summary>
    private sealed class Cluster : IAsyncDisposable
    {
        private readonly ITestOutputHelper output;
        private readonly TestDatabase database;
        private readonly string root;
        private readonly Dictionary<string, string?> environment;
        private readonly string rabbit;
        private bool passed;

        private Cluster(ITestOutputHelper output, TestDatabase database, string root, string rabbit)
        {
            this.output = output;
            this.database = database;
            this.root = root;
            this.rabbit = rabbit;
            environment = new()
            {
                ["Storage__Provider"] = "postgres",
                ["Storage__ConnectionString"] = database.ConnectionString,
                ["Messaging__Transport"] = "rabbitmq",
                ["Messaging__RabbitMqUri"] = rabbit,
            };
            Database = ProductDatabase.Postgres(database.ConnectionString);
        }

        public ProductDatabase Database { get; }

        public string Token { get; private set; } = "";

        public static async Task<Cluster> Create(ITestOutputHelper output, string name)
        {
            var rabbit = Environment.GetEnvironmentVariable(RabbitVariable) is { Length: > 0 } uri
                ? uri
                : throw new InvalidOperationException($"{RabbitVariable} is not set: no RabbitMQ broker to test against ({RabbitHint}).");
            await ShouldReach(rabbit);
            var database = await TestPostgres.CreateDatabaseAsync("fed_" + name);
            var root = Directory.CreateTempSubdirectory($"federation-{name}-").FullName;
            var cluster = new Cluster(output, database, root, rabbit);
            try { await cluster.ShouldHaveNoOtherConsumers(); }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
            output.WriteLine($"database {database.Name}, logs in {root}");
            var clock = Stopwatch.StartNew();
            // The CLI migrates the database, then adds the account and its token (as an operator would, before serve).
            cluster.Token = await HostCli.AccountWithToken(Path.Combine(root, "cli.log"), Path.Combine(root, "cli"), "skala@storstockholm.test",
                [("solna", "board"), ("storstockholm", "district-admin")], cluster.environment);
            output.WriteLine($"migrated, account and token with the CLI: {clock.Elapsed.TotalSeconds:0.0} s");
            return cluster;
        }

        /// <summary>Starts an instance: <c>serve</c> on PostgreSQL and RabbitMQ, its own data folder (keys) and log.</summary>
        public HostProcess Start(string name) =>
            HostProcess.Serve(Path.Combine(root, $"{name}.log"), ["--data", Path.Combine(root, name)], environment);

        public async Task Import(HostProcess instance, int count, string prefix)
        {
            using var api = instance.ApiClient(Token);
            using var response = await api.PostAsync("/api/associations/solna/members/import",
                new StringContent(MemberCsv.Recent(count, prefix), Encoding.UTF8, "text/csv"));
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            body.ShouldContain($"\"imported\":{count},");
        }

        public void ShouldBeExactlyOnce(MemberEffects effects, int members)
        {
            effects.Members.Count.ShouldBe(members);
            effects.StepsPerChecklist.ShouldBeGreaterThan(0);
            effects.Members.ShouldAllBe(m => m.ChecklistRows == effects.StepsPerChecklist
                && m.ChecklistSteps == effects.StepsPerChecklist && m.CourseTips == 1);
        }

        /// <summary>The node numbers of the live instances, as Wolverine records them.</summary>
        public async Task<List<int>> Nodes()
        {
            await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("select node_number from wolverine.wolverine_nodes order by node_number", connection);
            var nodes = new List<int>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) nodes.Add(Convert.ToInt32(reader.GetValue(0)));
            return nodes;
        }

        /// <summary>How many stored incoming messages each node (its number) received and handled.</summary>
        public async Task<Dictionary<long, long>> HandledByNode()
        {
            await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "select owner_id, count(*) from wolverine.wolverine_incoming_envelopes where status = 'Handled' group by owner_id", connection);
            var byNode = new Dictionary<long, long>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) byNode[Convert.ToInt64(reader.GetValue(0))] = reader.GetInt64(1);
            return byNode;
        }

        /// <summary>
        /// No dead letters, nothing left in the consumers' queues, and no consumer on them but this test's
        /// <paramref name="instances"/> (another process on them could have taken this test's messages).
        /// </summary>
        public async Task ShouldHaveNoDeadLettersAndEmptyQueues(HostProcess instance, int instances)
        {
            using var admin = instance.ApiClient(Token);
            (await admin.GetStringAsync("/api/admin/dead-letters")).ShouldBe("[]");
            (await admin.GetStringAsync("/health")).ShouldContain("\"deadLetters\":0");
            foreach (var (queue, (messages, consumers)) in await QueueStates())
            {
                messages.ShouldBe(0u, $"messages left in {queue}");
                consumers.ShouldBe((uint)instances, $"consumers of {queue}: this test's instances, and no one else");
            }
            passed = true;
        }

        /// <summary>
        /// The queues are named after their consumers, the same in every run: a host of another run (or one left
        /// running) on this broker would take this test's messages and handle them in its own database.
        /// </summary>
        private async Task ShouldHaveNoOtherConsumers()
        {
            foreach (var (queue, (_, consumers)) in await QueueStates())
                if (consumers > 0)
                    throw new InvalidOperationException(
                        $"{consumers} consumer(s) already read the queue '{queue}' on the broker at {RabbitVariable}: another test run or a " +
                        $"host left running uses this broker and would take this test's messages. Stop it, or use a broker of your own ({RabbitHint}).");
        }

        /// <summary>Ready messages and consumers of each queue (a queue not declared yet counts as empty).</summary>
        private async Task<Dictionary<string, (uint Messages, uint Consumers)>> QueueStates()
        {
            var states = new Dictionary<string, (uint, uint)>();
            await using var connection = await new ConnectionFactory { Uri = new Uri(rabbit) }.CreateConnectionAsync();
            foreach (var queue in Queues)
            {
                // A passive declare of a missing queue closes its channel: one channel per queue.
                await using var channel = await connection.CreateChannelAsync();
                try
                {
                    var state = await channel.QueueDeclarePassiveAsync(queue);
                    states[queue] = (state.MessageCount, state.ConsumerCount);
                }
                catch (RabbitMQ.Client.Exceptions.OperationInterruptedException) { states[queue] = (0, 0); }
            }
            return states;
        }

        private static async Task ShouldReach(string uri)
        {
            try
            {
                await using var connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync();
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or UriFormatException or ArgumentException)
            {
                throw new InvalidOperationException($"No RabbitMQ broker answers at {RabbitVariable}={uri}: {e.Message} ({RabbitHint}).", e);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await database.DisposeAsync();
            if (passed) TestHost.TryDelete(root);
            else output.WriteLine($"kept for diagnosis: {root}");
        }
    }
}
