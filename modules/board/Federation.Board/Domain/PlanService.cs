using System.Globalization;
using Federation.Board.Storage;
using Federation.Extensions;
using Federation.Platform.Plugins;
using Federation.Platform.Tenancy;
using Federation.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Federation.Board.Domain;

/// <summary>The association's activity plans: created from the plugin's template, edited by hand, measured from data.</summary>
internal sealed class PlanService(
    BoardDbContext db,
    AssociationContext association,
    IPluginRules rules,
    BoardComposition board,
    SpeakerStatisticsService speakers,
    MeasuredElsewhere elsewhere,
    IntroductionTalks introductions,
    Mentoring mentoring,
    MunicipalGroups municipalGroups,
    ComplianceService district,
    TimeProvider clock)
{
    /// <summary>
    /// The plan covering the year without archived goals and targets; untracked, so edits go through the methods below.
    /// Plans cover periods that may overlap (the district's 2023–2025 and 2025–2027 both cover 2025): <paramref name="from"/>
    /// picks the one starting that year, else the one that started last.
    /// </summary>
    public Task<Plan?> Find(int year, int? from = null, CancellationToken ct = default) =>
        Load(db.Plans.Where(p => p.FirstYear <= year && year <= p.LastYear && (from == null || p.FirstYear == from))
            .OrderByDescending(p => p.FirstYear).ThenByDescending(p => p.CreatedAt), ct);

    /// <summary>Every plan covering the year, the earliest first, each judged within its own period.</summary>
    public async Task<List<Plan>> Covering(int year, CancellationToken ct = default) =>
        await db.Plans.AsNoTracking().Where(p => p.FirstYear <= year && year <= p.LastYear)
            .OrderBy(p => p.FirstYear).ThenBy(p => p.CreatedAt).ToListAsync(ct);

    /// <summary>The plan covering the year that holds the pillar, goal or target (archived ones too), else the year's latest plan.</summary>
    private async Task<Plan> Holding(int year, Guid item, CancellationToken ct)
    {
        var pillars = db.Goals.Where(g => g.Id == item || db.Targets.Any(t => t.Id == item && t.GoalId == g.Id)).Select(g => g.PillarId);
        var planId = await db.Pillars.Where(p => p.Id == item || pillars.Contains(p.Id)).Select(p => (Guid?)p.PlanId).FirstOrDefaultAsync(ct);
        return await Load(db.Plans.Where(p => p.Id == planId && p.FirstYear <= year && year <= p.LastYear), ct) ?? await Required(year, null, ct);
    }

    private static async Task<Plan?> Load(IQueryable<Plan> query, CancellationToken ct)
    {
        var plan = await query
            .Include(p => p.Pillars).ThenInclude(p => p.Goals.Where(g => g.ArchivedAt == null)).ThenInclude(g => g.Targets.Where(t => t.ArchivedAt == null))
            .AsSplitQuery().AsNoTracking().FirstOrDefaultAsync(ct);
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

    /// <summary>The plugin's templates covering the year, copied, the earliest first.</summary>
    public IReadOnlyList<TemplateCopy> Templates(int year) => rules.Ask<IActivityPlanTemplate, IReadOnlyList<TemplateCopy>>(
        association.Required.Id,
        all => [.. all.Where(t => t.FirstYear <= year && year <= t.LastYear).OrderBy(t => t.FirstYear)
            .Select(t => new TemplateCopy(t.FirstYear, t.LastYear, t.Title, [.. t.Pillars]))],
        []);

    /// <summary>The templates covering the year that no plan was made from yet (by period), for "create" on the plan page.</summary>
    public async Task<IReadOnlyList<TemplateCopy>> Missing(int year, CancellationToken ct = default)
    {
        var made = await Covering(year, ct);
        return [.. Templates(year).Where(t => !made.Any(p => p.FirstYear == t.FirstYear && p.LastYear == t.LastYear))];
    }

    /// <summary>
    /// Creates a plan for the year from a template covering it: the one starting in <paramref name="from"/>, else the first
    /// not made yet; an empty one-year plan without a template. Periods may overlap; only the same period twice is refused.
    /// </summary>
    public async Task<Plan> Create(int year, string? title, int? from = null, CancellationToken ct = default)
    {
        var templates = Templates(year);
        var template = from is { } first
            ? templates.FirstOrDefault(t => t.FirstYear == first)
                ?? throw new BoardValidationException("from", $"Ingen mall för en plan som börjar {first} täcker {year}.")
            : (await Missing(year, ct)).FirstOrDefault() ?? templates.FirstOrDefault();
        return await CreateFrom(year, title, template, ct);
    }

    /// <summary>
    /// The plan for a year no template covers, with the latest earlier template's pillars, goals and targets carried
    /// over (the demo's current year); from the year's own template when there is one.
    /// </summary>
    public Task<Plan> CarryOver(int year, CancellationToken ct = default)
    {
        var latest = Enumerable.Range(2000, Math.Max(0, year - 1999)).Reverse().Select(Template).FirstOrDefault(t => t is not null);
        return CreateFrom(year, null, latest is null || latest.LastYear >= year ? latest
            : latest with { FirstYear = year, LastYear = year, Title = latest.Title.Replace(latest.FirstYear.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture)) }, ct);
    }

    private async Task<Plan> CreateFrom(int year, string? title, TemplateCopy? template, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) throw new BoardValidationException("year", "Året måste vara mellan 2000 och 2100.");
        var first = template?.FirstYear ?? year;
        var last = template?.LastYear ?? year;
        if (await db.Plans.AnyAsync(p => p.FirstYear == first && p.LastYear == last, ct))
            throw new BoardValidationException("year", first == last
                ? $"Det finns redan en verksamhetsplan för {year}."
                : $"Det finns redan en verksamhetsplan för {first}–{last}.");
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
                    Kind = t.Kind, Quantity = t.Quantity, Period = t.Period, Subject = t.Subject, DueOn = t.Due, ExceptRule = t.ExceptRule,
                })];
                newPillar.Goals.Add(newGoal);
            }
            plan.Pillars.Add(newPillar);
        }
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<Pillar> AddPillar(int year, string? name, string by, int? from = null, CancellationToken ct = default)
    {
        var plan = await Required(year, from, ct);
        if (string.IsNullOrWhiteSpace(name)) throw new BoardValidationException("name", "Pelaren behöver ett namn.");
        var pillar = new Pillar { Id = Guid.NewGuid(), PlanId = plan.Id, Position = plan.Pillars.Count + 1, Name = name.Trim() };
        db.Pillars.Add(pillar);
        Log(plan, by, "pillar", pillar.Id, "added", pillar.Name);
        await db.SaveChangesAsync(ct);
        return pillar;
    }

    public async Task<Goal> AddGoal(int year, Guid pillarId, string? text, string by, CancellationToken ct = default)
    {
        var plan = await Holding(year, pillarId, ct);
        var pillar = plan.Pillars.FirstOrDefault(p => p.Id == pillarId)
            ?? throw new BoardValidationException("pillarId", "Pelaren finns inte i årets plan.");
        if (string.IsNullOrWhiteSpace(text)) throw new BoardValidationException("text", "Målet behöver en text.");
        var goal = new Goal { Id = Guid.NewGuid(), PillarId = pillar.Id, Position = pillar.Goals.Count + 1, Text = text.Trim() };
        db.Goals.Add(goal);
        Log(plan, by, "goal", goal.Id, "added", goal.Text);
        await db.SaveChangesAsync(ct);
        return goal;
    }

    public async Task<Target> AddTarget(int year, NewTarget input, string by, CancellationToken ct = default)
    {
        var plan = await Holding(year, input.GoalId, ct);
        var goal = plan.Pillars.SelectMany(p => p.Goals).FirstOrDefault(g => g.Id == input.GoalId)
            ?? throw new BoardValidationException("goalId", "Målet finns inte i årets plan.");
        var target = new Target { Id = Guid.NewGuid(), GoalId = goal.Id, Position = goal.Targets.Count + 1 };
        Apply(target, input);
        db.Targets.Add(target);
        Log(plan, by, "target", target.Id, "added", Describe(target));
        await db.SaveChangesAsync(ct);
        return target;
    }

    public async Task<Goal> EditGoal(int year, Guid goalId, string? text, string by, CancellationToken ct = default)
    {
        var plan = await Holding(year, goalId, ct);
        var goal = await OwnedGoal(plan, goalId, ct);
        if (string.IsNullOrWhiteSpace(text)) throw new BoardValidationException("text", "Målet behöver en text.");
        if (goal.Text == text.Trim()) return goal;
        Log(plan, by, "goal", goal.Id, "edited", $"{goal.Text} → {text.Trim()}");
        goal.Text = text.Trim();
        await db.SaveChangesAsync(ct);
        return goal;
    }

    public async Task<Target> EditTarget(int year, Guid targetId, NewTarget input, string by, CancellationToken ct = default)
    {
        var plan = await Holding(year, targetId, ct);
        var target = await OwnedTarget(plan, targetId, ct);
        var before = Describe(target);
        Apply(target, input);
        if (Describe(target) != before) Log(plan, by, "target", target.Id, "edited", $"{before} → {Describe(target)}");
        await db.SaveChangesAsync(ct);
        return target;
    }

    /// <summary>
    /// Removes a goal, or archives it when removing would lose what was recorded about it: follow-up comments on it or
    /// hand-entered figures of its targets. Archived goals leave the plan, its progress and the annual report, and can be restored.
    /// </summary>
    public async Task<Removal> RemoveGoal(int year, Guid goalId, string by, CancellationToken ct = default)
    {
        var plan = await Holding(year, goalId, ct);
        var goal = await OwnedGoal(plan, goalId, ct);
        var targets = await db.Targets.Where(t => t.GoalId == goal.Id).ToListAsync(ct);
        var targetIds = targets.Select(t => t.Id).ToList();
        var recorded = await db.FollowUpComments.AnyAsync(c => c.GoalId == goal.Id, ct)
            || await db.TargetEntries.AnyAsync(e => targetIds.Contains(e.TargetId), ct);
        var removal = recorded ? Removal.Archived : Removal.Removed;
        if (recorded) goal.ArchivedAt = clock.GetUtcNow().UtcDateTime;
        else
        {
            db.Targets.RemoveRange(targets);
            db.Goals.Remove(goal);
        }
        Log(plan, by, "goal", goal.Id, removal == Removal.Archived ? "archived" : "removed", goal.Text);
        await db.SaveChangesAsync(ct);
        return removal;
    }

    /// <summary>Removes a target, or archives it when it holds hand-entered figures, which are kept with it.</summary>
    public async Task<Removal> RemoveTarget(int year, Guid targetId, string by, CancellationToken ct = default)
    {
        var plan = await Holding(year, targetId, ct);
        var target = await OwnedTarget(plan, targetId, ct);
        var recorded = await db.TargetEntries.AnyAsync(e => e.TargetId == target.Id, ct);
        if (recorded) target.ArchivedAt = clock.GetUtcNow().UtcDateTime;
        else db.Targets.Remove(target);
        Log(plan, by, "target", target.Id, recorded ? "archived" : "removed", Describe(target));
        await db.SaveChangesAsync(ct);
        return recorded ? Removal.Archived : Removal.Removed;
    }

    public async Task<bool> HasEntries(Guid targetId, CancellationToken ct = default) =>
        await db.TargetEntries.AnyAsync(e => e.TargetId == targetId, ct);

    /// <summary>Brings an archived goal or target back into the plan.</summary>
    public async Task Restore(int year, Guid id, string by, CancellationToken ct = default)
    {
        var plan = await Holding(year, id, ct);
        var (goals, targets) = await Archived(plan, ct);
        if (goals.FirstOrDefault(g => g.Id == id) is { } goal)
        {
            goal.ArchivedAt = null;
            Log(plan, by, "goal", goal.Id, "restored", goal.Text);
        }
        else if (targets.FirstOrDefault(t => t.Id == id) is { } target)
        {
            target.ArchivedAt = null;
            Log(plan, by, "target", target.Id, "restored", Describe(target));
        }
        else throw new BoardValidationException("id", "Det finns inget arkiverat mål eller delmål med det id:t i planen.");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The plan's archived goals and targets (a target under an archived goal is listed with its goal, not alone).</summary>
    public async Task<(List<Goal> Goals, List<Target> Targets)> Archived(Plan plan, CancellationToken ct = default)
    {
        var pillarIds = plan.Pillars.Select(p => p.Id).ToList();
        var goals = await db.Goals.Where(g => pillarIds.Contains(g.PillarId) && g.ArchivedAt != null).Include(g => g.Targets).ToListAsync(ct);
        var liveGoalIds = plan.Pillars.SelectMany(p => p.Goals).Select(g => g.Id).ToList();
        var targets = await db.Targets.Where(t => liveGoalIds.Contains(t.GoalId) && t.ArchivedAt != null).ToListAsync(ct);
        return (goals, targets);
    }

    public async Task<Page<PlanChange>> Changes(Plan plan, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (number, size) = Paging.Normalize(page, pageSize);
        var query = db.PlanChanges.Where(c => c.PlanId == plan.Id);
        var items = await query.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Page<PlanChange>(items, number, size, await query.CountAsync(ct));
    }

    /// <summary>Validates and copies a target's fields; shared by adding and editing so both refuse the same input.</summary>
    private static void Apply(Target target, NewTarget input)
    {
        if (string.IsNullOrWhiteSpace(input.Text)) throw new BoardValidationException("text", "Delmålet behöver en text.");
        if (!Enum.TryParse<TargetKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            throw new BoardValidationException("kind", $"Okänd sorts mål '{input.Kind}'. Välj {string.Join(", ", Enum.GetNames<TargetKind>())}.");
        if (!Enum.TryParse<TargetPeriod>(input.Period, ignoreCase: true, out var period) || !Enum.IsDefined(period))
            throw new BoardValidationException("period", $"Okänd period '{input.Period}'. Välj {string.Join(", ", Enum.GetNames<TargetPeriod>())}.");
        if (input.Quantity is not > 0) throw new BoardValidationException("quantity", "Antalet måste vara större än noll.");
        if (kind is TargetKind.Share or TargetKind.Even && input.Quantity > 100) throw new BoardValidationException("quantity", "En andel kan inte vara över 100 %.");
        if (kind is TargetKind.PerPerson or TargetKind.Presence or TargetKind.Even && string.IsNullOrWhiteSpace(input.Subject))
            throw new BoardValidationException("subject", "Ange vilken aktivitetstyp eller funktion som räknas.");
        var subject = string.IsNullOrWhiteSpace(input.Subject) ? null : input.Subject.Trim();
        // A subject the template gave (e.g. a course counted by hand) is kept as it is; a new one must come from the list.
        if (subject != target.Subject && TargetSubjects.Problem(kind, subject) is { } problem) throw new BoardValidationException("subject", problem);
        target.Text = input.Text.Trim();
        target.Kind = kind;
        target.Quantity = input.Quantity.Value;
        target.Period = period;
        target.Subject = subject;
    }

    private static string Describe(Target t) => $"{t.Text} ({t.Kind}, {t.Quantity:0.##}, {t.Period}{(t.Subject is null ? "" : ", " + t.Subject)})";

    private void Log(Plan plan, string by, string subject, Guid subjectId, string action, string description) =>
        db.PlanChanges.Add(new PlanChange
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, At = clock.GetUtcNow().UtcDateTime, By = by,
            Subject = subject, SubjectId = subjectId, Action = action, Description = description,
        });

    /// <summary>A goal of the plan, archived or not; refused when it belongs to another plan.</summary>
    private async Task<Goal> OwnedGoal(Plan plan, Guid goalId, CancellationToken ct)
    {
        var pillarIds = plan.Pillars.Select(p => p.Id).ToList();
        return await db.Goals.FirstOrDefaultAsync(g => g.Id == goalId && pillarIds.Contains(g.PillarId), ct)
            ?? throw new BoardValidationException("goalId", "Målet finns inte i planen.");
    }

    private async Task<Target> OwnedTarget(Plan plan, Guid targetId, CancellationToken ct)
    {
        var pillarIds = plan.Pillars.Select(p => p.Id).ToList();
        var goalIds = db.Goals.Where(g => pillarIds.Contains(g.PillarId)).Select(g => g.Id);
        return await db.Targets.FirstOrDefaultAsync(t => t.Id == targetId && goalIds.Contains(t.GoalId), ct)
            ?? throw new BoardValidationException("targetId", "Delmålet finns inte i planen.");
    }

    /// <summary>Logs a figure for a target that no module measures; refused where data exists, so nothing is typed over it.</summary>
    public async Task<TargetEntry> AddEntry(int year, Guid targetId, decimal? value, DateOnly? on, string? note, string by, CancellationToken ct = default)
    {
        var plan = await Holding(year, targetId, ct);
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

    public async Task<FollowUp> RecordFollowUp(int year, DateOnly? heldOn, string? note, IReadOnlyList<GoalComment> comments, string by, int? from = null, CancellationToken ct = default)
    {
        var plan = await Required(year, from, ct);
        var goals = plan.Pillars.SelectMany(p => p.Goals).Select(g => g.Id).ToHashSet();
        var unknown = comments.FirstOrDefault(c => !goals.Contains(c.GoalId));
        if (unknown is not null) throw new BoardValidationException("comments", $"Målet {unknown.GoalId} finns inte i planen.");
        if (string.IsNullOrWhiteSpace(note) && comments.All(c => string.IsNullOrWhiteSpace(c.Text)))
            throw new BoardValidationException("comments", "Skriv en anteckning eller en kommentar till minst ett mål.");
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

    /// <summary>The plan's follow-ups, newest first, each comment with the goal's text (archived goals included).</summary>
    public async Task<Page<FollowUpView>> FollowUpHistory(Plan plan, int? page, int? pageSize, CancellationToken ct = default)
    {
        var (number, size) = Paging.Normalize(page, pageSize);
        var query = db.FollowUps.AsNoTracking().Where(f => f.PlanId == plan.Id);
        var followUps = await query.Include(f => f.Comments).OrderByDescending(f => f.HeldOn).ThenByDescending(f => f.CreatedAt)
            .Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var goalIds = followUps.SelectMany(f => f.Comments).Select(c => c.GoalId).Distinct().ToList();
        var goals = await db.Goals.AsNoTracking().Where(g => goalIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        var order = plan.Pillars.SelectMany(p => p.Goals).Select((g, i) => (g.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var items = followUps.Select(f => new FollowUpView(f.Id, f.HeldOn, f.Note, f.RecordedBy,
            [.. f.Comments.OrderBy(c => order.GetValueOrDefault(c.GoalId, int.MaxValue))
                .Select(c => new FollowUpCommentView(c.GoalId, goals.TryGetValue(c.GoalId, out var g) ? g.Text : "", c.Text))])).ToList();
        return new Page<FollowUpView>(items, number, size, await query.CountAsync(ct));
    }

    /// <summary>Follow-ups the plugin's rule asks for in the year (none without a rule), and how many are due by <paramref name="asOf"/>.</summary>
    public (int PerYear, int DueByNow) FollowUpRule(int year, DateOnly asOf) => FollowUpRule(rules, association.Required.Id, year, asOf);

    public static (int PerYear, int DueByNow) FollowUpRule(IPluginRules rules, string associationId, int year, DateOnly asOf)
    {
        var perYear = rules.Ask<IFollowUpRule, int?>(associationId, all => all.Count == 0 ? null : all[0].FollowUpsPerYear(year), DefaultFollowUpsPerYear) ?? DefaultFollowUpsPerYear;
        return (perYear, (int)ProgressCalculator.ExpectedIn(perYear, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), asOf));
    }

    /// <summary>
    /// No number when no plugin gives one: only Solna's 2024 plan sets one ("minst 2 gånger per år"), and a
    /// platform-wide number would be a rule no association adopted.
    /// </summary>
    public const int DefaultFollowUpsPerYear = 0;

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
            ["meetings-with-childcare"] = ChildcareShare(held, year, asOf),
        };
        (shares[IntroductionMeasures.Booked], shares[IntroductionMeasures.Held]) = await introductions.Shares(year, asOf, ct);
        shares[Mentoring.Measure] = await mentoring.MatchedShare(year, asOf, ct);
        var subjects = plan.Pillars.SelectMany(p => p.Goals).SelectMany(g => g.Targets).Select(t => t.Subject ?? "").ToHashSet();
        if (subjects.Contains(MunicipalGroups.InformedMeasure)) shares[MunicipalGroups.InformedMeasure] = await municipalGroups.InformedShare(asOf, ct);
        foreach (var (subject, function) in OfficersAcrossAssociations.Where(o => subjects.Contains(o.Subject)))
            shares[subject] = await district.ShareWithFunction(function, asOf, ct);
        var measured = await elsewhere.Read(plan.FirstYear, plan.LastYear, year, asOf, subjects, ct);
        foreach (var (subject, share) in measured.Shares) shares[subject] = share;
        var counts = new Dictionary<string, IReadOnlyList<(DateOnly On, decimal Amount)>>(measured.Counts);
        if (subjects.Contains(MunicipalGroups.InitiativeMeasure))
            counts[MunicipalGroups.InitiativeMeasure] = [.. (await municipalGroups.InitiativeMeetings(from, to, asOf, ct)).Select(d => (d, 1m))];
        return new PlanFacts(year, asOf, plan.FirstYear, plan.LastYear, held, attendance,
            officials.Select(o => new OfficialFact(o.MemberId, o.Gender)).ToList(),
            roles.Select(r => r.Role).ToHashSet(), followUps, entries, shares, counts, EvenBand(year));
    }

    /// <summary>"Barnpassning erbjuds vid stormöten, årsmöten samt medlemsträffar" (seed 002): the year's such meetings held so far that offered it.</summary>
    private static decimal? ChildcareShare(List<HeldActivity> held, int year, DateOnly asOf)
    {
        var meetings = held.Where(h => h.Date.Year == year && h.Date <= asOf && ChildcareMeetings.Contains(h.Type)).ToList();
        return meetings.Count == 0 ? null : Math.Round(100m * meetings.Count(h => h.Childcare) / meetings.Count, 1);
    }

    /// <summary>The district's shares of associations whose board has the function (seed 003), from every association's board.</summary>
    public static readonly (string Subject, string Function)[] OfficersAcrossAssociations =
    [
        ("associations-with-internal-feminist-officer", BoardFunctions.InternalFeministOfficer),
        ("associations-with-antiracist-officer", BoardFunctions.AntiracistOfficer),
    ];

    private static readonly string[] ChildcareMeetings = [ActivityTypes.GeneralMeeting, ActivityTypes.AnnualMeeting, ActivityTypes.MemberMeeting];

    private EvenBand EvenBand(int year) => rules.EvenBandFor(association.Required.Id, year);

    private async Task<Plan> Required(int year, int? from, CancellationToken ct) =>
        await Find(year, from, ct) ?? throw new BoardValidationException("year", from is null
            ? $"Det finns ingen verksamhetsplan för {year}."
            : $"Det finns ingen verksamhetsplan för {year} som börjar {from}.");
}

/// <summary>A template read out of a plugin.</summary>
internal sealed record TemplateCopy(int FirstYear, int LastYear, string Title, IReadOnlyList<PillarTemplate> Pillars);

internal sealed record NewTarget(Guid GoalId, string? Text, string? Kind, decimal? Quantity, string? Period, string? Subject);

internal sealed record GoalComment(Guid GoalId, string Text);

internal sealed record FollowUpView(Guid Id, DateOnly HeldOn, string? Note, string RecordedBy, IReadOnlyList<FollowUpCommentView> Comments);

internal sealed record FollowUpCommentView(Guid GoalId, string Goal, string Text);

/// <summary>What removing did: deleted for good, or archived because something was recorded on it.</summary>
internal enum Removal { Removed, Archived }
