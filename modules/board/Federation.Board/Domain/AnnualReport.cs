using System.Globalization;
using System.Text;
using Federation.Board.Api;
using Federation.Board.Storage;
using Federation.Extensions;
using Federation.Platform.Storage;
using Federation.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Domain;

/// <summary>The annual report (verksamhetsberättelse) for a year as the board edited it.</summary>
internal sealed class AnnualReport : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public int Year { get; set; }
    public string Text { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// Drafts the annual report from what the module knows at year end — each goal with what was achieved, the speaker
/// statistics ("redovisa det i verksamhetsberättelsen under årsmötet", Solna 2024), the board — and keeps the board's edits.
/// </summary>
internal sealed class AnnualReports(BoardDbContext db, PlanReader plans, SpeakerStatisticsService speakers, BoardComposition board)
{
    public async Task<AnnualReport?> Saved(int year, CancellationToken ct = default) =>
        await db.Set<AnnualReport>().FirstOrDefaultAsync(r => r.Year == year, ct);

    public async Task<string> Draft(int year, CancellationToken ct = default)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var text = new StringBuilder();
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        text.AppendLine(Text.T($"Verksamhetsberättelse {year}", $"Annual report {year}")).AppendLine();
        var covering = await plans.ReadAll(year, yearEnd, ct);
        // Plans may overlap (2023–2025 and 2025–2027 both cover 2025): each is reported, judged within its own period.
        foreach (var plan in covering)
        {
            if (covering.Count > 1) text.AppendLine($"{plan.Title} ({plan.FirstYear}–{plan.LastYear})").AppendLine();
            foreach (var pillar in plan.Pillars)
            {
                text.AppendLine(pillar.Name.ToUpper(sv));
                foreach (var goal in pillar.Goals)
                {
                    text.AppendLine("– " + goal.Text);
                    foreach (var t in goal.Targets)
                    {
                        var unit = t.Kind is nameof(TargetKind.Share) or nameof(TargetKind.Even) ? " %" : "";
                        var achieved = t.Kind == nameof(TargetKind.Even) ? t.Progress.Status == Progress.Green : t.Progress.Done >= t.Progress.Target;
                        var reached = t.Progress.Status == Progress.Grey ? Text.T("ingen uppgift", "no data")
                            : achieved ? Text.T("uppnått", "achieved") : Text.T("ej uppnått", "not achieved");
                        if (t.Semesters.Count > 0 && t.Progress.Status != Progress.Grey)
                        {
                            // Judged per semester: each one with its own figure, not only the last.
                            var each = t.Semesters.Select(s => string.Create(sv, $"{s.Semester} {s.Done:0.#} {Text.T("av", "of")} {s.Target:0.#} ({(s.Done >= s.Target ? Text.T("uppnått", "achieved") : Text.T("ej uppnått", "not achieved"))})"));
                            text.AppendLine($"    {t.Text}: {string.Join(", ", each)}");
                        }
                        else text.AppendLine(string.Create(sv, $"    {t.Text}: {t.Progress.Done:0.#}{unit} {Text.T("av", "of")} {t.Progress.Target:0.#}{unit} ({reached})"));
                    }
                }
                text.AppendLine();
            }
        }
        if (covering.Count == 0)
        {
            text.AppendLine(Text.T("Föreningen hade ingen verksamhetsplan för året.", "The association had no activity plan for the year.")).AppendLine();
        }

        var spoken = await speakers.ForYear(year, ct);
        var stats = spoken.Statistics;
        text.AppendLine(Text.T("TALARSTATISTIK", "SPEAKER STATISTICS"));
        text.AppendLine(Text.T($"{spoken.Meetings} möten med talarstatistik, {stats.Speakers} talare, {stats.Contributions} inlägg.",
            $"{spoken.Meetings} meetings with speaker statistics, {stats.Speakers} speakers, {stats.Contributions} contributions."));
        foreach (var line in stats.Lines.Where(l => l.Contributions > 0))
        {
            var present = line.ShareOfPresent is { } p ? string.Create(sv, $" ({p:0.#} % {Text.T("av de närvarande", "of those present")})") : "";
            text.AppendLine(string.Create(sv, $"    {GenderNames.Name(line.Gender)}: {line.Speakers} {Text.T("talare", "speakers")}, {line.Contributions} {Text.T("inlägg", "contributions")}, {line.ShareOfTime:0.#} % {Text.T("av talartiden", "of speaking time")}{present}"));
        }
        if (stats.Contributions > 0)
            text.AppendLine(string.Create(sv, $"    {Text.T("Jämn fördelning", "Even")} ({spoken.Band.LowestWomenShare:0.#}–{spoken.Band.HighestWomenShare:0.#} % {Text.T("kvinnor", "women")}): {Text.T("talare", "speakers")} {GenderNames.Even(spoken.EvenSpeakers)}, {Text.T("talartid", "speaking time")} {GenderNames.Even(spoken.EvenTime)}."));
        text.AppendLine();

        text.AppendLine(Text.T("STYRELSEN", "THE BOARD"));
        var roles = (await board.History(ct)).Where(r => r.From <= yearEnd && (r.Until is null || r.Until >= new DateOnly(year, 1, 1))).ToList();
        if (roles.Count == 0) text.AppendLine(Text.T("Ingen styrelse registrerad.", "No board registered."));
        foreach (var r in roles.OrderBy(r => r.From))
            text.AppendLine($"    {r.Name}, {RoleNames.Name(r.Role)} ({r.From:yyyy-MM-dd}–{(r.EndedOn ?? r.Until)?.ToString("yyyy-MM-dd")})");
        return text.ToString();
    }

    public async Task<AnnualReport> Save(int year, string? text, string by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new BoardValidationException("text", "Verksamhetsberättelsen kan inte vara tom.");
        var report = await Saved(year, ct);
        if (report is null) db.Add(report = new AnnualReport { Id = Guid.NewGuid(), Year = year });
        report.Text = text.Trim();
        report.UpdatedBy = by;
        report.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return report;
    }
}

/// <summary>The UI names of board roles: functions, member, substitute.</summary>
internal static class RoleNames
{
    public static string Name(string role) => role switch
    {
        BoardRole.Member => Text.T("Ledamot", "Member"),
        BoardRole.Substitute => Text.T("Ersättare", "Substitute"),
        _ => BoardFunctionNames.Name(role),
    };
}
