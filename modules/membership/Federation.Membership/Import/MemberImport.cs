using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using Federation.Membership.Domain;
using Federation.Membership.Storage;
using Federation.Membership.Contracts;
using Microsoft.EntityFrameworkCore;
using static Federation.Platform.Web.Text;

namespace Federation.Membership.Import;

internal sealed record ImportRejection(int Line, string? MemberNumber, string Reason);

internal sealed record ImportChange(int Line, string MemberNumber, IReadOnlyList<string> Fields);

internal sealed record ImportResult(
    bool DryRun,
    int Imported,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportRejection> Rejected,
    IReadOnlyList<ImportChange> Changes,
    IReadOnlyList<string> UnknownColumns);

/// <summary>
/// Imports the central register's file into the current association, keyed by member number:
/// new numbers are added, changed rows update the member (what changed goes to the access log),
/// identical rows change nothing. A bad row is rejected with its line and reason; the valid rows
/// are still imported. Columns missing from the file leave the stored values alone.
/// Everything is saved in one transaction: new members, their search terms and access-log entries as
/// multi-row inserts, changed members through the change tracker.
/// <see cref="MemberJoined"/> is published only for members who joined recently: the seeds onboard
/// *new* members (Solna 2024: "Samtliga nya medlemmar kontaktas"); a register imported with years of
/// history is not 10,000 new members.
/// </summary>
internal sealed class MemberImport(
    MembershipDbContext db, MemberRegister register, AccessLog log,
    [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
{
    /// <summary>The largest file taken: a register of 10,000 members is about 2 MB.</summary>
    public const int MaxBytes = 20 << 20;

    public async Task<ImportResult> Run(Stream file, bool dryRun, CancellationToken cancellationToken = default)
    {
        var parsed = MemberCsv.Read(file);
        var existing = await db.Members.AsNoTracking().Where(m => m.ErasedAt == null).ToDictionaryAsync(m => m.MemberNumber, cancellationToken);
        var firstLine = new Dictionary<string, int>();
        var rejected = new List<ImportRejection>();
        var changes = new List<ImportChange>();
        var added = new List<Member>();
        var created = new List<AccessEntry>();
        var unchanged = 0;
        foreach (var row in parsed.Rows)
        {
            var number = Field(row, "member_number");
            if (number is null)
            {
                rejected.Add(new(row.Line, null, T("medlemsnummer saknas", "missing member number")));
                continue;
            }
            if (firstLine.TryGetValue(number, out var first))
            {
                rejected.Add(new(row.Line, number, T($"medlemsnummer {number} finns redan på rad {first}", $"member number {number} already on line {first}")));
                continue;
            }
            firstLine[number] = row.Line;
            existing.TryGetValue(number, out var member);
            var (input, problems) = ToInput(row, member is null ? Blank(number) : NewMember.From(member));
            problems.AddRange(input.Problems());
            if (problems.Count > 0)
            {
                rejected.Add(new(row.Line, number, string.Join(" ", problems.Distinct())));
                continue;
            }
            if (member is null)
            {
                var (newMember, fields) = register.NewEntity(input);
                added.Add(newMember);
                created.Add(log.Entry(newMember.Id, "create", fields));
                continue;
            }
            // The loaded member is not tracked: a changed one is handed to the tracker whole.
            var changed = input.ApplyTo(member);
            if (changed.Count == 0) { unchanged++; continue; }
            changes.Add(new(row.Line, number, changed));
            if (dryRun) continue;
            member.UpdatedAt = clock.UtcNow();
            db.Members.Update(member);
            member.Version++; // after Update: the version read stays the original the save checks
            log.Changed(member.Id, "import", changed);
        }
        if (!dryRun) await Save(added, created, cancellationToken);
        return new ImportResult(dryRun, added.Count, changes.Count, unchanged, rejected, changes, parsed.UnknownColumns);
    }

    /// <summary>
    /// After a large import the query planner needs fresh statistics: without them SQLite reads a page of the
    /// member list by scanning the association (its AssociationId index) instead of looking 50 ids up by key.
    /// </summary>
    private const int RefreshStatisticsAfter = 1000;

    private async Task Save(List<Member> added, List<AccessEntry> created, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var joined = added.Where(m => MemberStatuses.JoinedRecently(m.JoinedOn, today)).ToList();
        foreach (var m in joined) db.Publish(new MemberJoined(m.AssociationId, m.Id, m.JoinedOn));
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Insert(added, cancellationToken);
            await db.Insert(created, cancellationToken);
            if (added.Count > 0) await db.TouchRegister(cancellationToken); // the inserts bypass SaveChanges, which stamps the rest
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        if (added.Count >= RefreshStatisticsAfter) await db.RefreshStatistics<Member>(cancellationToken);
    }

    private static NewMember Blank(string number) => new(number, "", "", null, default);

    /// <summary>Overlays the row's columns on the member's current data; unparseable values are problems.</summary>
    private static (NewMember Input, List<string> Problems) ToInput(MemberCsv.Row row, NewMember current)
    {
        var problems = new List<string>();
        var input = current;
        if (row.Fields.ContainsKey("first_name")) input = input with { FirstName = Field(row, "first_name") ?? "" };
        if (row.Fields.ContainsKey("last_name")) input = input with { LastName = Field(row, "last_name") ?? "" };
        if (row.Fields.ContainsKey("email")) input = input with { Email = Field(row, "email") };
        if (row.Fields.ContainsKey("phone")) input = input with { Phone = Field(row, "phone") };
        if (row.Fields.ContainsKey("street")) input = input with { Street = Field(row, "street") };
        if (row.Fields.ContainsKey("postal_code")) input = input with { PostalCode = Field(row, "postal_code") };
        if (row.Fields.ContainsKey("city")) input = input with { City = Field(row, "city") };
        if (row.Fields.ContainsKey("gender")) input = input with { Gender = Field(row, "gender") };
        if (row.Fields.ContainsKey("tags"))
            input = input with { Tags = (Field(row, "tags") ?? "").Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries) };
        if (row.Fields.ContainsKey("birth_year"))
        {
            var text = Field(row, "birth_year");
            if (text is null) input = input with { BirthYear = null };
            else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) input = input with { BirthYear = year };
            else problems.Add(T($"birth_year ”{text}” är inget årtal.", $"birth_year '{text}' is not a year."));
        }
        if (row.Fields.ContainsKey("joined_on"))
        {
            var date = Date(row, "joined_on", problems);
            if (date is { } d) input = input with { JoinedOn = d };
            else if (Field(row, "joined_on") is null) input = input with { JoinedOn = default };
        }
        if (row.Fields.ContainsKey("left_on")) input = input with { LeftOn = Date(row, "left_on", problems) };
        if (row.Fields.ContainsKey("paid_until")) input = input with { PaidUntil = Date(row, "paid_until", problems) };
        return (input, problems);
    }

    private static string? Field(MemberCsv.Row row, string column) =>
        row.Fields.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static DateOnly? Date(MemberCsv.Row row, string column, List<string> problems)
    {
        var text = Field(row, column);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(T($"{column} ”{text}” är inget datum i formen ÅÅÅÅ-MM-DD.", $"{column} '{text}' is not an ISO date (YYYY-MM-DD)."));
        return null;
    }
}
