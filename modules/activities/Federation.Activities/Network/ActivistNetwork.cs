using Federation.Activities.Contracts;
using Federation.Activities.Domain;
using Federation.Activities.Storage;
using Federation.Membership.Contracts;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Federation.Platform.Web.Text;

namespace Federation.Activities.Network;

/// <summary>
/// The district's activist network (<see cref="Activist"/>): anyone signed in joins from their own association's
/// calendar, says which actions they help with and leaves again; the district lists everyone by kind of action, a
/// logged read of the members behind the accounts.
/// </summary>
internal sealed class ActivistNetwork(ActivitiesDbContext db, AssociationContext association, IAssociationDirectory directory, IMemberLinks links,
    IServiceScopeFactory scopes, TimeProvider clock) : IActivistNetwork
{
    /// <summary>The actions the seed names: "affischering, flygbladsutdelning, dörrknackning eller torgmöten".</summary>
    public static readonly IReadOnlyList<string> Kinds = [ActivityTypes.Postering, ActivityTypes.Leafleting, ActivityTypes.DoorKnocking, ActivityTypes.SquareMeeting];

    public Task<Activist?> Mine(string account, CancellationToken ct) =>
        db.Activists.AsNoTracking().FirstOrDefaultAsync(a => a.Account == account, ct);

    /// <summary>Joins, or changes what one helps with; joining again keeps the first day.</summary>
    public async Task<Activist> Join(string account, IReadOnlyList<string>? kinds, string? phone, string? area, CancellationToken ct)
    {
        var problems = new Problems();
        if (association.Required.IsDistrict) problems.Add("association", T("Gå med från din egen förenings kalender; distriktet ser alla som gått med.", "Join from your own association's calendar; the district sees everyone who joined."));
        var chosen = (kinds ?? []).Select(k => k.Trim()).Where(k => k.Length > 0).Distinct().ToList();
        if (chosen.Count == 0) problems.Add("kinds", T("Välj minst en sorts aktion du kan hjälpa till med.", "Choose at least one kind of action you can help with."));
        foreach (var unknown in chosen.Where(k => !Kinds.Contains(k)))
            problems.Add("kinds", T($"Okänd sorts aktion ”{unknown}”; välj bland: {string.Join(", ", Kinds)}.", $"Unknown kind of action '{unknown}'; choose from: {string.Join(", ", Kinds)}."));
        if (phone?.Trim().Length > 40) problems.Add("phone", T("Telefonnumret är för långt.", "The phone number is too long."));
        if (area?.Trim().Length > 200) problems.Add("area", T("Var du kan hjälpa till får vara högst 200 tecken.", "Where you can help may be at most 200 characters."));
        if (account == Actors.System) problems.Add("account", T("Logga in för att gå med.", "Sign in to join."));
        problems.ThrowIfAny();

        var activist = await db.Activists.FirstOrDefaultAsync(a => a.Account == account, ct);
        if (activist is null)
            db.Activists.Add(activist = new Activist { Id = Guid.NewGuid(), Account = account, JoinedOn = StockholmTime.Today(clock) });
        activist.Kinds = string.Join(',', Kinds.Where(chosen.Contains));
        activist.Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        activist.Area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
        activist.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return activist;
    }

    public async Task Leave(string account, CancellationToken ct)
    {
        var activist = await db.Activists.FirstOrDefaultAsync(a => a.Account == account, ct)
            ?? throw ActivityValidationException.One("account", T("Du är inte med i aktivistnätverket.", "You are not in the activist network."));
        db.Activists.Remove(activist);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Everyone in the network, every association's (the district's list; the caller checked the role).</summary>
    public async Task<List<Activist>> All(CancellationToken ct)
    {
        if (!association.Required.IsDistrict)
            throw ActivityValidationException.One("association", T("Listan över aktivistnätverket finns i distriktet.", "The activist network's list is in the district."));
        var all = await db.Activists.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.JoinedOn).ThenBy(a => a.Account).ToListAsync(ct);
        await LogRead(all, ct);
        return all;
    }

    /// <summary>
    /// The list shows names and phone numbers, so it is a read of member data: logged as one read ("activist network") of
    /// the members the accounts are linked to, in each one's own association's access log, where the member sees it.
    /// </summary>
    private async Task LogRead(List<Activist> activists, CancellationToken ct)
    {
        foreach (var own in activists.GroupBy(a => a.AssociationId))
        {
            if (directory.Find(own.Key) is not { } owner) continue;
            var members = await links.MembersOf(own.Key, own.Select(a => Actors.EmailOf(a.Account)).OfType<string>(), ct);
            if (members.Count == 0) continue;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<AssociationContext>().Enter(owner);
            if (scope.ServiceProvider.GetService<IMemberDirectory>() is { } register) await register.Shown(members.Values, "activist network", ct);
        }
    }

    public async Task<IReadOnlyList<DateOnly>> Joined(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var activists = association.Required.IsDistrict ? db.Activists.IgnoreQueryFilters() : db.Activists;
        return await activists.AsNoTracking().Where(a => a.JoinedOn >= from && a.JoinedOn <= to).Select(a => a.JoinedOn).ToListAsync(ct);
    }
}
