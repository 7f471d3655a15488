using Federation.Board.Storage;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Domain;

/// <summary>The association's activity plans: created from the plugin's template, edited by hand, measured from data.</summary>
internal sealed class PlanService(
    BoardDbContext db,
    AssociationContext association,
    IPluginRules rules,
    BoardComposition board,
    SpeakerStatisticsService speakers,
    TimeProvider clock)
{
    public async Task<Plan?> Find(int year, CancellationToken ct = default)
    {
        var plan = await db.Plans.Where(p => p.FirstYear <= year && year <= p.LastYear)
            .Include(p => p.Pillars).ThenInclude(p => p.Goals).ThenInclude(g => g.Targets)
            .AsSplitQuery().FirstOrDefaultAsync(ct);
        if (plan is null) return null;
        plan.Pillars = [.. plan.Pillars.OrderBy(p => p.Position)];
        foreach (var pillar in plan.Pillars)
        {
            pillar.Goals = [.. pillar.Goals.OrderBy(g => g.Position)];
            foreach (var goal in pillar.Goals) goal.Targets = [.. goal.Targets.OrderBy(t => t.Position)];
        }
        return plan;
    }

    /// <summary>The plugin's template covering the year, copied so that a plugin failure stays inside the guard.</summary>
    public TemplateCopy? Template(int year) => rules.Ask<IActivityPlanTemplate, TemplateCopy?>(
        association.Required.Id,
        all => all.Where(t => t.FirstYear <= year && year <= t.LastYear)
            .Select(t => new TemplateCopy(t.FirstYear, t.LastYear, t.Title, [.. t.Pillars]))
            .FirstOrDefault(),
        null);

    /// <summary>Creates the plan for the year from the template (its whole period), or an empty one-year plan without a template.</summary>
    public async Task<Plan> Create(int year, string? title, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100) throw new BoardValidationException("year", "Året måste vara mellan 2000 och 2100.");
        var template = Template(year);
        var first = template?.FirstYear ?? year;
        var last = template?.LastYear ?? year;
        if (await db.Plans.AnyAsync(p => p.FirstYear <= last && first <= p.LastYear, ct))
            throw new BoardValidationException("year", $"Det finns redan en verksamhetsplan för {year}.");
        var plan = new Plan
        {
            Id = Guid.NewGuid(),
            FirstYear = first,
            LastYear = last,
            Title = string.IsNullOrWhiteSpace(title) ? template?.Title ?? $"Verksamhetsplan {year}" : title.Trim(),
            CreatedAt = DateTime.UtcNow,
        };
        foreach (var (pillar, p) in (template?.Pillars ?? []).Select((x, i) => (x, i)))
        {
            var newPillar = new Pillar { Id = Guid.NewGuid(), PlanId = plan.Id, Position = p + 1, Name = pillar.Name };
            foreach (var (goal, g) in pillar.Goals.Select((x, i) => (x, i)))
            {
                var newGoal = new Goal { Id = Guid.NewGuid(), PillarId = newPillar.Id, Position = g + 1, Text = goal.Text };
                newGoal.Targets = [.. goal.Targets.Select((t, i) => new Target
                {
                    Id = Guid.NewGuid(), GoalId = newGoal.Id, Position = i + 1, Text = t.Text,
                    Kind = t.Kind, Quantity = t.Quantity, Period = t.Period, Subject = t.Subject,
                })];
                newPillar.Goals.Add(newGoal);
            }
            plan.Pillars.Add(newPillar);
        }
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<Pillar> AddPillar(int year, string? name, CancellationToken ct = default)
    {
        var plan = await Required(year, ct);
        if (string.IsNullOrWhiteSpace(name)) throw new BoardValidationException("name", "Pelaren behöver ett namn.");
        var pillar = new Pillar { Id = Guid.NewGuid(), PlanId = plan.Id, Position = plan.Pillars.Count + 1, Name = name.Trim() };
        db.Pillars.Add(pillar);
        await db.SaveChangesAsync(ct);
        return pillar;
    }

    public async Task<Goal> AddGoal(int year, Guid pillarId, string? text, CancellationToken ct = default)
    {
        var plan = await Required(year, ct);
        var pillar = plan.Pillars.FirstOrDefault(p => p.Id == pillarId)
            ?? throw new BoardValidationException("pillarId", "Pelaren finns inte i årets plan.");
        if (string.IsNullOrWhiteSpace(text)) throw new BoardValidationException("text", "Målet behöver en text.");
        var goal = new Goal { Id = Guid.NewGuid(), PillarId = pillar.Id, Position = pillar.Goals.Count + 1, Text = text.Trim() };
        db.Goals.Add(goal);
        await db.SaveChangesAsync(ct);
        return goal;
    }

    public async Task<Target> AddTarget(int year, NewTarget input, CancellationToken ct = default)
    {
        var plan = await Required(year, ct);
        var goal = plan.Pillars.SelectMany(p => p.Goals).FirstOrDefault(g => g.Id == input.GoalId)
            ?? throw new BoardValidationException("goalId", "Målet finns inte i årets plan.");
        if (string.IsNullOrWhiteSpace(input.Text)) throw new BoardValidationException("text", "Delmålet behöver en text.");
        if (!Enum.TryParse<TargetKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            throw new BoardValidationException("kind", $"Okänd sorts mål '{input.Kind}'. Välj {string.Join(", ", Enum.GetNames<TargetKind>())}.");
        if (!Enum.TryParse<TargetPeriod>(input.Period, ignoreCase: true, out var period) || !Enum.IsDefined(period))
            throw new BoardValidationException("period", $"Okänd period '{input.Period}'. Välj {string.Join(", ", Enum.GetNames<TargetPeriod>())}.");
        if (input.Quantity is not > 0) throw new BoardValidationException("quantity", "Antalet måste vara större än noll.");
        if (kind == TargetKind.Share && input.Quantity > 100) throw new BoardValidationException("quantity", "En andel kan inte vara över 100 %.");
        if (kind is TargetKind.PerPerson or TargetKind.Presence && string.IsNullOrWhiteSpace(input.Subject))
            throw new BoardValidationException("subject", "Ange vilken aktivitetstyp eller funktion som räknas.");
        var target = new Target
        {
            Id = Guid.NewGuid(), GoalId = goal.Id, Position = goal.Targets.Count + 1, Text = input.Text.Trim(),
            Kind = kind, Quantity = input.Quantity.Value, Period = period,
            Subject = string.IsNullOrWhiteSpace(input.Subject) ? null : input.Subject.Trim(),
        };
        db.Targets.Add(target);
        await db.SaveChangesAsync(ct);
        return target;
    }

    /// <summary>Logs a figure for a target that no module measures; refused where data exists, so nothing is typed over it.</summary>
    public async Task<TargetEntry> AddEntry(int year, Guid targetId, decimal? value, DateOnly? on, string? note, string by, CancellationToken ct = default)
    {
        var plan = await Required(year, ct);
        var target = plan.Pillars.SelectMany(p => p.Goals).SelectMany(g => g.Targets).FirstOrDefault(t => t.Id == targetId)
            ?? throw new BoardValidationException("targetId", "Delmålet finns inte i årets plan.");
        var facts = await Facts(plan, year, Stockholm.Today(clock), ct);
        if (ProgressCalculator.For(target, facts).Source is not "manual")
            throw new BoardValidationException("targetId", "Det här delmålet räknas fram ur data och kan inte fyllas i för hand.");
        if (value is not >= 0) throw new BoardValidationException("value", "Ange ett tal som är noll eller större.");
        if (target.Kind == TargetKind.Share && value > 100) throw new BoardValidationException("value", "En andel kan inte vara över 100 %.");
        var day = on ?? Stockholm.Today(clock);
        if (day.Year < plan.FirstYear || day.Year > plan.LastYear)
            throw new BoardValidationException("on", $"Datumet måste ligga inom planens period {plan.FirstYear}–{plan.LastYear}.");
        var entry = new TargetEntry
        {
            Id = Guid.NewGuid(), TargetId = target.Id, On = day, Value = value.Value,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), EnteredBy = by, CreatedAt = DateTime.UtcNow,
        };
        db.TargetEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task<FollowUp> RecordFollowUp(int year, DateOnly? heldOn, string? note, IReadOnlyList<GoalComment> comments, string by, CancellationToken ct = default)
    {
        var plan = await Required(year, ct);
        var goals = plan.Pillars.SelectMany(p => p.Goals).Select(g => g.Id).ToHashSet();
        var unknown = comments.FirstOrDefault(c => !goals.Contains(c.GoalId));
        if (unknown is not null) throw new BoardValidationException("comments", $"Målet {unknown.GoalId} finns inte i planen.");
        var day = heldOn ?? Stockholm.Today(clock);
        if (day.Year < plan.FirstYear || day.Year > plan.LastYear)
            throw new BoardValidationException("heldOn", $"Uppföljningen måste ligga inom planens period {plan.FirstYear}–{plan.LastYear}.");
        var followUp = new FollowUp
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, HeldOn = day, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedBy = by, CreatedAt = DateTime.UtcNow,
        };
        followUp.Comments = [.. comments.Where(c => !string.IsNullOrWhiteSpace(c.Text))
            .Select(c => new FollowUpComment { Id = Guid.NewGuid(), FollowUpId = followUp.Id, GoalId = c.GoalId, Text = c.Text.Trim() })];
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return followUp;
    }

    public async Task<List<FollowUp>> FollowUps(Guid planId, CancellationToken ct = default) =>
        await db.FollowUps.Where(f => f.PlanId == planId).Include(f => f.Comments).OrderBy(f => f.HeldOn).ToListAsync(ct);

    /// <summary>Follow-ups the plugin's rule asks for in the year (default two), and how many are due by <paramref name="asOf"/>.</summary>
    public (int PerYear, int DueByNow) FollowUpRule(int year, DateOnly asOf) => FollowUpRule(rules, association.Required.Id, year, asOf);

    public static (int PerYear, int DueByNow) FollowUpRule(IPluginRules rules, string associationId, int year, DateOnly asOf)
    {
        var perYear = rules.Ask<IFollowUpRule, int?>(associationId, all => all.Count == 0 ? null : all[0].FollowUpsPerYear(year), DefaultFollowUpsPerYear) ?? DefaultFollowUpsPerYear;
        return (perYear, (int)ProgressCalculator.ExpectedIn(perYear, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), asOf));
    }

    /// <summary>Twice a year when no plugin says otherwise, as the seeds' boards do ("minst 2 gånger per år", Solna 2024).</summary>
    public const int DefaultFollowUpsPerYear = 2;

    public async Task<PlanFacts> Facts(Plan plan, int year, DateOnly asOf, CancellationToken ct = default)
    {
        var from = new DateOnly(plan.FirstYear, 1, 1);
        var to = new DateOnly(plan.LastYear, 12, 31);
        var held = await db.HeldActivities.Where(h => h.Date >= from && h.Date <= to).ToListAsync(ct);
        var attendance = await db.Attendances.Where(a => a.Date >= from && a.Date <= to && a.Attended).ToListAsync(ct);
        var followUps = await db.FollowUps.Where(f => f.PlanId == plan.Id).Select(f => f.HeldOn).ToListAsync(ct);
        var targetIds = plan.Pillars.SelectMany(p => p.Goals).SelectMany(g => g.Targets).Select(t => t.Id).ToList();
        var entries = (await db.TargetEntries.Where(e => targetIds.Contains(e.TargetId)).ToListAsync(ct))
            .GroupBy(e => e.TargetId).ToDictionary(g => g.Key, g => g.ToList());
        var roles = await board.ActiveRoles(asOf, ct);
        var officials = await board.ElectedOfficials(asOf, ct);
        var stats = await speakers.ForYear(year, ct);
        var meetings = await speakers.RequiredMeetingsWithStatistics(year, asOf, ct);
        var shares = new Dictionary<string, decimal?>
        {
            ["women-speakers"] = stats.Statistics.Line(Gender.Woman).ShareOfSpeakers,
            ["women-speaking-time"] = stats.Statistics.Line(Gender.Woman).ShareOfTime,
            ["meetings-with-speaker-statistics"] = meetings.Count == 0 ? null
                : Math.Round(100m * meetings.Count(m => m.HasStatistics) / meetings.Count, 1),
            ["women-elected-officials"] = officials.Count == 0 ? null
                : Math.Round(100m * officials.Count(o => o.Gender == Gender.Woman) / officials.Count, 1),
        };
        return new PlanFacts(year, asOf, plan.FirstYear, plan.LastYear, held, attendance,
            officials.Select(o => new OfficialFact(o.MemberId, o.Gender)).ToList(),
            roles.Select(r => r.Role).ToHashSet(), followUps, entries, shares);
    }

    private async Task<Plan> Required(int year, CancellationToken ct) =>
        await Find(year, ct) ?? throw new BoardValidationException("year", $"Det finns ingen verksamhetsplan för {year}.");
}

/// <summary>A template read out of a plugin.</summary>
internal sealed record TemplateCopy(int FirstYear, int LastYear, string Title, IReadOnlyList<PillarTemplate> Pillars);

internal sealed record NewTarget(Guid GoalId, string? Text, string? Kind, decimal? Quantity, string? Period, string? Subject);

internal sealed record GoalComment(Guid GoalId, string Text);
