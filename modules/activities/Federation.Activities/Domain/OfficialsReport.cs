using Federation.Activities.Contracts;
using Federation.Activities.Storage;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Federation.Activities.Domain;

/// <summary>One official's attendance against one per-person target in one period.</summary>
internal sealed record OfficialProgress(Guid MemberId, string Name, string Target, string ActivityType, string Period, DateOnly PeriodStart, DateOnly PeriodEnd, int Required, int Attended, bool Behind);

/// <summary>
/// Elected officials' participation against the activity plan's per-person targets, taken from the
/// association's plan template (Solna 2024: "Förtroendevalda ska minst närvara på två
/// flygbladsutdelningar per termin och ett torgmöte per år"). Semesters are January–June and July–December.
/// A period that has begun and is not yet met is "behind".
/// </summary>
internal sealed class OfficialsReport(ActivitiesDbContext db, Officials list, IPluginRules plugins, TimeProvider clock)
{
    public async Task<IReadOnlyList<OfficialProgress>> For(string associationId, int year, CancellationToken ct)
    {
        var targets = plugins.Ask<IActivityPlanTemplate, List<TargetTemplate>>(associationId,
            all => InForce(all, year).SelectMany(p => p.Pillars).SelectMany(p => p.Goals).SelectMany(g => g.Targets)
                      .Where(t => t.Kind == TargetKind.PerPerson && t.Subject is not null).ToList(), []);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var today = StockholmTime.Today(clock);
        // The officials of the year as it stands today, or as it ended.
        var officials = await list.On(today < first ? first : today > last ? last : today, ct);
        var attended = await db.SignUps.AsNoTracking()
            .Where(s => s.Attendance == AttendanceOutcome.Attended)
            .Join(db.Activities.Where(a => a.LocalDate >= first && a.LocalDate <= last), s => s.ActivityId, a => a.Id,
                (s, a) => new { s.MemberId, a.Type, a.LocalDate })
            .ToListAsync(ct);
        var report = new List<OfficialProgress>();
        foreach (var official in officials)
        foreach (var target in targets)
        foreach (var (name, start, end) in Periods(target.Period, year))
        {
            var count = attended.Count(x => x.MemberId == official.MemberId && x.Type == target.Subject && x.LocalDate >= start && x.LocalDate <= end);
            var required = (int)Math.Ceiling(target.Quantity);
            report.Add(new(official.MemberId, official.Name, target.Text, target.Subject!, name, start, end, required, count,
                Behind: start <= today && count < required));
        }
        return report;
    }

    /// <summary>The plans covering the year, else the latest earlier one: a plan stays in force until the next is adopted.</summary>
    private static IEnumerable<IActivityPlanTemplate> InForce(IReadOnlyList<IActivityPlanTemplate> plans, int year)
    {
        var covering = plans.Where(p => p.FirstYear <= year && year <= p.LastYear).ToList();
        if (covering.Count > 0) return covering;
        return plans.Where(p => p.LastYear < year).OrderByDescending(p => p.LastYear).Take(1);
    }

    private static IEnumerable<(string Name, DateOnly Start, DateOnly End)> Periods(TargetPeriod period, int year) => period switch
    {
        TargetPeriod.Semester => [($"VT {year}", new(year, 1, 1), new(year, 6, 30)), ($"HT {year}", new(year, 7, 1), new(year, 12, 31))],
        TargetPeriod.Month => Enumerable.Range(1, 12).Select(m => ($"{year}-{m:00}", new DateOnly(year, m, 1), new DateOnly(year, m, DateTime.DaysInMonth(year, m)))),
        _ => [($"{year}", new(year, 1, 1), new(year, 12, 31))],
    };
}
