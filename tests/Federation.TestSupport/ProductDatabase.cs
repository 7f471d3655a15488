using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Federation.Platform.Storage;
using Npgsql;

namespace Federation.TestSupport;

/// <summary>
/// Reads a running (or stopped, or killed) host's database from outside, as an operator would: the SQLite
/// file read-only, or the PostgreSQL database. Tables are named the way the module contexts name them:
/// <c>&lt;module&gt;_&lt;table&gt;</c> in SQLite, schema <c>&lt;module&gt;</c> in PostgreSQL; Wolverine's
/// envelopes are in <c>wolverine_*</c> tables (schema <c>wolverine</c> in PostgreSQL).
/// </summary>
public sealed class ProductDatabase
{
    private readonly Func<DbConnection> connect;
    private readonly Func<string, string, string> table;
    private readonly string wolverine;

    private ProductDatabase(Func<DbConnection> connect, Func<string, string, string> table, string wolverine)
    {
        this.connect = connect;
        this.table = table;
        this.wolverine = wolverine;
    }

    /// <summary>The SQLite file in a host's data folder, opened read-only and unpooled (nothing stays open).</summary>
    public static ProductDatabase Sqlite(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "federation.db");
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30,
        }.ToString();
        return new ProductDatabase(() => new SqliteConnection(connectionString), (module, name) => $"\"{module}_{name}\"", "");
    }

    public static ProductDatabase Postgres(string connectionString) =>
        new(() => new NpgsqlConnection(connectionString), (module, name) => $"\"{module}\".\"{name}\"", "wolverine.");

    /// <summary>
    /// For each member of <paramref name="association"/> whose member number starts with <paramref name="numberPrefix"/>:
    /// their onboarding rows, how many different steps those are, and their course tips from studies.
    /// </summary>
    public async Task<MemberEffects> Effects(string association, string numberPrefix)
    {
        var sql = $"""
            select m."MemberNumber", coalesce(o.n_rows, 0), coalesce(o.n_steps, 0), coalesce(s.n_tips, 0)
            from {table("membership", "members")} m
            left join (select "MemberId", count(*) as n_rows, count(distinct "StepId") as n_steps
                       from {table("membership", "onboarding")} where "AssociationId" = @association group by "MemberId") o
                   on o."MemberId" = m."Id"
            left join (select "MemberId", count(*) as n_tips
                       from {table("studies", "course_suggestions")} where "AssociationId" = @association group by "MemberId") s
                   on s."MemberId" = m."Id"
            where m."AssociationId" = @association and m."MemberNumber" like @prefix
            """;
        var members = new List<MemberEffect>();
        var allSteps = 0;
        await using var connection = connect();
        await connection.OpenAsync();
        await using (var command = Command(connection, sql, ("association", association), ("prefix", numberPrefix + "%")))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                members.Add(new MemberEffect(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
        await using (var command = Command(connection,
            $"select count(distinct \"StepId\") from {table("membership", "onboarding")} where \"AssociationId\" = @association", ("association", association)))
            allSteps = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        return new MemberEffects(members, allSteps);
    }

    /// <summary>
    /// Polls until every such member is done and no message waits, an effect happened twice, or
    /// <paramref name="timeout"/> passed; returns what it saw last (never throws for a timeout).
    /// </summary>
    public async Task<Settled> WaitUntilHandled(string association, string numberPrefix, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var effects = await Effects(association, numberPrefix);
            var waiting = await MessagesWaiting();
            var settled = new Settled(effects, waiting, clock.Elapsed);
            if (settled.Done || effects.Doubled.Count > 0 || clock.Elapsed > timeout) return settled;
            await Task.Delay(250);
        }
    }

    /// <summary>Envelopes stored and not handled yet, and envelopes waiting to be sent (what <c>/health</c> reports as waiting).</summary>
    public async Task<long> MessagesWaiting()
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = Command(connection,
            $"select (select count(*) from {wolverine}wolverine_incoming_envelopes where status <> 'Handled')" +
            $" + (select count(*) from {wolverine}wolverine_outgoing_envelopes)");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.With(name, value);
        return command;
    }
}

/// <param name="ChecklistRows">Onboarding rows for the member.</param>
/// <param name="ChecklistSteps">Different steps among them (rows above steps: a step twice).</param>
public sealed record MemberEffect(string MemberNumber, int ChecklistRows, int ChecklistSteps, int CourseTips);

/// <param name="StepsPerChecklist">Different onboarding steps in the association's rows: one checklist's length.</param>
public sealed record MemberEffects(IReadOnlyList<MemberEffect> Members, int StepsPerChecklist)
{
    /// <summary>Members with a whole checklist (every step once) and exactly one course tip.</summary>
    public int Done => Members.Count(m => m.ChecklistRows == StepsPerChecklist && m.ChecklistSteps == StepsPerChecklist && m.CourseTips == 1);

    /// <summary>Members with neither all of their checklist nor a tip yet.</summary>
    public int Untouched => Members.Count(m => m.ChecklistRows == 0 && m.CourseTips == 0);

    /// <summary>Members with a step or a tip more than once: an effect that happened twice.</summary>
    public IReadOnlyList<MemberEffect> Doubled => Members.Where(m => m.ChecklistRows > m.ChecklistSteps || m.CourseTips > 1).ToList();

    /// <summary>Members still missing a step or their tip.</summary>
    public IReadOnlyList<MemberEffect> Missing => Members.Where(m => m.ChecklistSteps < StepsPerChecklist || m.CourseTips == 0).ToList();

    public override string ToString() =>
        $"{Members.Count} members: {Done} done, {Missing.Count} missing a step or their tip, {Doubled.Count} with an effect twice ({StepsPerChecklist} steps per checklist)";
}

/// <param name="Took">How long <see cref="ProductDatabase.WaitUntilHandled"/> waited.</param>
public sealed record Settled(MemberEffects Effects, long Waiting, TimeSpan Took)
{
    /// <summary>Every member has been handled and no message is waiting.</summary>
    public bool Done => Effects.Missing.Count == 0 && Waiting == 0;

    public override string ToString() => $"after {Took.TotalSeconds:0.0} s: {Effects}; {Waiting} messages waiting";
}

/// <summary>The central register's CSV (docs/import-format.md) for tests.</summary>
public static class MemberCsv
{
    /// <summary><paramref name="count"/> new members numbered <c>{prefix}00001…</c>, who joined within the last 30 days.</summary>
    public static string Recent(int count, string prefix)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var csv = new StringBuilder("member_number,first_name,last_name,email,joined_on\n");
        for (var i = 1; i <= count; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}{i:00000},Test,Medlem{i},{prefix.ToLowerInvariant()}{i}@exempel.se,{today.AddDays(-(i % 30)):yyyy-MM-dd}\n");
        return csv.ToString();
    }
}
