using Federation.Activities.Domain;
using Federation.Activities.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Fund;

internal sealed record FundInput(string? Purpose, int? Amount, bool PriorityArea, Guid? ActivityId, string? Capacity);

internal sealed record FundDecisionInput(bool Grant, int? Amount, string? Reason);

/// <summary>
/// The activity fund: an association's board applies in its own association; the district admin decides in the
/// district, in a scope entered into the applicant's association, so storage isolation holds for the write too.
/// </summary>
internal sealed class ActivityFund(ActivitiesDbContext db, AssociationContext association, IAssociationDirectory directory,
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<ActivityFund> log)
{
    /// <summary>Kronor an application may ask for: the fund supports activities, not whole budgets.</summary>
    public const int MaxAmount = 200_000;

    public async Task<FundApplication> Apply(FundInput input, string by, CancellationToken ct)
    {
        if (association.Required.IsDistrict)
            throw ActivityValidationException.One("association", T("Distriktet beslutar om fonden; föreningarna söker.", "The district decides on the fund; the associations apply."));
        var problems = new Problems();
        var purpose = input.Purpose?.Trim() ?? "";
        if (purpose.Length == 0) problems.Add("purpose", T("Beskriv vad pengarna ska användas till.", "Describe what the money is for."));
        else if (purpose.Length > 1000) problems.Add("purpose", T("Syftet får vara högst 1 000 tecken.", "The purpose may be at most 1,000 characters."));
        if (input.Amount is not (> 0 and <= MaxAmount))
            problems.Add("amount", T($"Ange ett belopp mellan 1 och {MaxAmount:N0} kr.", $"Enter an amount between 1 and {MaxAmount:N0} kr."));
        if (!Enum.TryParse<FundCapacity>(input.Capacity, ignoreCase: true, out var capacity) || !Enum.IsDefined(capacity))
            problems.Add("capacity", T("Välj föreningens förmåga: liten, medel eller god.", "Choose the association's capacity: small, medium or good."));
        Activity? activity = null;
        if (input.ActivityId is { } activityId)
        {
            activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId && a.SourceActivityId == null, ct);
            if (activity is null) problems.Add("activityId", T("Aktiviteten finns inte i föreningens kalender.", "The activity is not in the association's calendar."));
        }
        problems.ThrowIfAny();

        var now = clock.GetUtcNow().UtcDateTime;
        var application = new FundApplication
        {
            Id = Guid.NewGuid(), Year = activity?.LocalDate.Year ?? StockholmTime.Today(clock).Year, Purpose = purpose, Amount = input.Amount!.Value,
            PriorityArea = input.PriorityArea || activity?.InPriorityArea == true, ActivityId = activity?.Id, ActivityTitle = activity?.Title,
            Capacity = capacity, AppliedBy = by, AppliedAt = now,
        };
        db.FundApplications.Add(application);
        await db.SaveChangesAsync(ct);
        log.LogInformation("{By} applied to the activity fund for {Association}: {Amount} kr ({Id})", by, association.Required.Id, application.Amount, application.Id);
        return application;
    }

    /// <summary>The association's own activities an application may be for: from two months back, not cancelled.</summary>
    public Task<List<Activity>> Activities(CancellationToken ct)
    {
        var from = StockholmTime.Today(clock).AddMonths(-2);
        return db.Activities.AsNoTracking().Where(a => a.SourceActivityId == null && !a.Cancelled && a.LocalDate >= from)
            .OrderBy(a => a.StartUtc).Take(100).ToListAsync(ct);
    }

    /// <summary>The current association's applications, newest first.</summary>
    public Task<List<FundApplication>> Own(CancellationToken ct) =>
        db.FundApplications.AsNoTracking().OrderByDescending(a => a.AppliedAt).ToListAsync(ct);

    /// <summary>Every association's applications of a year (the district's view; the caller checked the role).</summary>
    public async Task<List<FundApplication>> All(int year, CancellationToken ct)
    {
        RequireDistrict();
        return await db.FundApplications.IgnoreQueryFilters().AsNoTracking().Where(a => a.Year == year)
            .OrderBy(a => a.Decision != FundDecision.Pending).ThenBy(a => a.AppliedAt).ToListAsync(ct);
    }

    /// <summary>The district's decision on one application; final once made.</summary>
    public async Task<FundApplication> Decide(string applicant, Guid id, FundDecisionInput input, string by, CancellationToken ct)
    {
        RequireDistrict();
        var target = directory.Find(applicant) ?? throw ActivityValidationException.One("association", T($"Föreningen ”{applicant}” finns inte.", $"The association “{applicant}” does not exist."));
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(target);
        var theirs = scope.ServiceProvider.GetRequiredService<ActivitiesDbContext>();
        var application = await theirs.FundApplications.FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw ActivityValidationException.One("id", T("Ansökan finns inte.", "The application does not exist."));
        if (application.Decision != FundDecision.Pending)
            throw ActivityValidationException.One("id", T($"Ansökan är redan {FundNames.Of(application.Decision).ToLowerInvariant()}; ett beslut ändras inte i efterhand.",
                $"The application is already {FundNames.Of(application.Decision).ToLowerInvariant()}; a decision is not changed afterwards."));
        var reason = input.Reason?.Trim();
        var problems = new Problems();
        if (input.Grant && (input.Amount is null or < 1 || input.Amount > application.Amount))
            problems.Add("amount", T($"Bevilja mellan 1 och {application.Amount:N0} kr (det sökta beloppet).", $"Grant between 1 and {application.Amount:N0} kr (the amount applied for)."));
        if (!input.Grant && string.IsNullOrEmpty(reason)) problems.Add("reason", T("Ett avslag behöver en motivering.", "A refusal needs a reason."));
        if (reason?.Length > 1000) problems.Add("reason", T("Motiveringen får vara högst 1 000 tecken.", "The reason may be at most 1,000 characters."));
        problems.ThrowIfAny();

        application.Decision = input.Grant ? FundDecision.Granted : FundDecision.Refused;
        application.Granted = input.Grant ? input.Amount : null;
        application.Reason = string.IsNullOrEmpty(reason) ? null : reason;
        application.DecidedBy = by;
        application.DecidedAt = clock.GetUtcNow().UtcDateTime;
        await theirs.SaveChangesAsync(ct);
        log.LogInformation("{By} decided the activity fund application {Id} of {Association}: {Decision} {Granted} kr",
            by, id, target.Id, application.Decision, application.Granted ?? 0);
        return application;
    }

    private void RequireDistrict()
    {
        if (!association.Required.IsDistrict)
            throw ActivityValidationException.One("association", T("Fondens beslut fattas i distriktet.", "The fund's decisions are made in the district."));
    }
}
