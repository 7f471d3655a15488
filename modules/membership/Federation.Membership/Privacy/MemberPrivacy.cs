using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;
using Federation.Membership.Calls;
using Federation.Membership.Contracts;
using Federation.Membership.Domain;
using Federation.Membership.Engagement;
using Federation.Membership.Onboarding;
using Federation.Membership.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Privacy;

/// <summary>
/// Everything held about one member, as the member downloads it. The calls made to them are theirs too, notes
/// included (what the caller wrote about them); who called is the caller's data and stays out.
/// </summary>
internal sealed record MyData(
    NewMember Register, string Status, string GenderCategory, IReadOnlyList<MemberNote> Notes,
    IReadOnlyList<HistoryLine> History, IReadOnlyList<OnboardingItem> Onboarding, IReadOnlyList<CallMade> Calls,
    IReadOnlyList<AccessEntry> AccessLog, IReadOnlyDictionary<string, object> Modules);

/// <summary>One call to the member, as their download shows it.</summary>
internal sealed record CallMade(string Assignment, DateTime At, CallOutcome Outcome, string? Note);

/// <summary>
/// A member's own data (GDPR art. 15–17). The signed-in account is the member it is linked to in this
/// association (<see cref="IMemberLinks"/>); no link, no access — never a match on the email address.
/// </summary>
internal sealed class MemberPrivacy(
    MembershipDbContext db, AccessLog log, EngagementHistory history, OnboardingBoard onboarding, IMemberLinks links,
    [FromKeyedServices(MembershipClock.Key)] TimeProvider clock, IEnumerable<IMemberDataExport> exports, AssociationContext association)
{
    public async Task<Member?> Me(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await links.MemberOf(user, db.CurrentAssociationId!, cancellationToken) is not { } id) return null;
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.ErasedAt == null, cancellationToken);
        if (member is not null) await log.Read([member.Id], "read", "self", cancellationToken);
        return member;
    }

    /// <summary>
    /// Makes the account with <paramref name="email"/> this member (what <c>/me</c> shows and erases, whose
    /// sign-ups the account makes). False when no account has that email; unknown member: KeyNotFoundException.
    /// </summary>
    public async Task<bool> LinkAccount(Guid memberId, string? email, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(email)) throw new MemberValidationException(["Give the email address of the account to link."]);
        if (!await db.Members.AnyAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken))
            throw new KeyNotFoundException($"No member {memberId}.");
        if (!await links.Link(email, db.CurrentAssociationId!, memberId, cancellationToken)) return false;
        log.Changed(memberId, "link-account", [email.Trim().ToLowerInvariant()]);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task UnlinkAccount(Guid memberId, CancellationToken cancellationToken = default)
    {
        await links.Unlink(db.CurrentAssociationId!, memberId, cancellationToken);
        log.Changed(memberId, "unlink-account", []);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MyData> Download(Member me, CancellationToken cancellationToken = default) => new(
        NewMember.From(me), me.StatusOn(clock.Today()).ToString().ToLowerInvariant(), me.Gender,
        await db.Notes.AsNoTracking().Where(n => n.MemberId == me.Id).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken),
        await history.For(me.Id, cancellationToken),
        await onboarding.ForMember(me.Id, cancellationToken),
        await (from c in db.Calls.AsNoTracking()
               join a in db.CallAssignments.AsNoTracking() on c.AssignmentId equals a.Id
               where c.MemberId == me.Id
               orderby c.At
               select new CallMade(a.Title, c.At, c.Outcome, c.Note)).ToListAsync(cancellationToken),
        await db.AccessLog.AsNoTracking().Where(a => a.MemberId == me.Id).OrderByDescending(a => a.At).ToListAsync(cancellationToken),
        await OtherModules(me.Id, cancellationToken));

    /// <summary>Each other module's part (<see cref="IMemberDataExport"/>), where the association enabled it.</summary>
    private async Task<IReadOnlyDictionary<string, object>> OtherModules(Guid memberId, CancellationToken cancellationToken)
    {
        var parts = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var export in exports.Where(e => association.Required.Enables(e.ModuleId)))
            parts[export.ModuleId] = await export.Export(memberId, cancellationToken);
        return parts;
    }

    /// <summary>
    /// Removes the member's personal data from this module and publishes <see cref="MemberErased"/>, on which
    /// every other module removes its part. Kept: the row with joined/left dates only (anonymous counts) and
    /// calls without notes. Saved filters that searched for the person lose the search; the account linked
    /// to the member is deleted, and what it did is logged under a pseudonym (<see cref="ErasedAccount"/>).
    /// </summary>
    public async Task Erase(Guid memberId, CancellationToken cancellationToken = default)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken)
            ?? throw new KeyNotFoundException($"No member {memberId}.");
        var identifying = Identifying(member);
        var today = clock.Today();
        member.MemberNumber = $"erased-{member.Id:N}";
        member.FirstName = "";
        member.LastName = "";
        member.Email = member.Phone = member.Street = member.PostalCode = member.City = member.PostalArea = member.GenderSelfDescribed = null;
        member.BirthYear = null;
        member.Gender = Federation.Gender.NotStated;
        member.Tags = "";
        member.ContactByEmail = member.ContactBySms = member.ContactByPost = member.NonDigital = false;
        member.DoNotCall = true;
        member.LeftOn ??= today < member.JoinedOn ? member.JoinedOn : today;
        member.ErasedAt = member.UpdatedAt = clock.UtcNow();
        // Loaded and changed through the tracker so that everything, the event included, commits together.
        db.Notes.RemoveRange(await db.Notes.Where(n => n.MemberId == memberId).ToListAsync(cancellationToken));
        db.Onboarding.RemoveRange(await db.Onboarding.Where(t => t.MemberId == memberId).ToListAsync(cancellationToken));
        db.Engagement.RemoveRange(await db.Engagement.Where(e => e.MemberId == memberId).ToListAsync(cancellationToken));
        db.CallTargets.RemoveRange(await db.CallTargets.Where(t => t.MemberId == memberId).ToListAsync(cancellationToken));
        foreach (var call in await db.Calls.Where(c => c.MemberId == memberId).ToListAsync(cancellationToken)) call.Note = null;
        foreach (var list in await db.SmartLists.ToListAsync(cancellationToken)) list.Filter = WithoutSearchFor(list.Filter, identifying);
        foreach (var assignment in await db.CallAssignments.ToListAsync(cancellationToken)) assignment.Filter = WithoutSearchFor(assignment.Filter, identifying);
        // The log keeps that the member's record was read and changed, not the addresses an admin linked.
        foreach (var entry in await db.AccessLog.Where(a => a.MemberId == memberId && a.Action == "link-account").ToListAsync(cancellationToken))
            entry.Fields = null;
        log.Changed(memberId, "erase", ["all personal data"]);
        db.Publish(new MemberErased(db.CurrentAssociationId!, memberId));
        await db.SaveChangesAsync(cancellationToken);
        if (await links.EraseAccount(db.CurrentAssociationId!, memberId, cancellationToken) is { } account)
        {
            await ForgetActor(account, cancellationToken);
            foreach (var associationId in account.ActedIn) db.Publish(new AccountErased(associationId, account.Email, account.Pseudonym));
            await db.SaveChangesAsync(cancellationToken);
        }
        await SqliteLog.Truncate(db, cancellationToken);
    }

    /// <summary>The words a saved search would name the person by.</summary>
    private static HashSet<string> Identifying(Member m) =>
        new[] { m.FirstName, m.LastName, m.Email, m.Phone, m.MemberNumber }
            .SelectMany(v => (v ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string WithoutSearchFor(string json, HashSet<string> identifying)
    {
        var filter = MemberFilter.FromJson(json);
        return filter.Q is { } q && q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(identifying.Contains)
            ? (filter with { Q = "(raderad)" }).ToJson()
            : json;
    }

    /// <summary>
    /// The erased account's trail as an actor, in every association (the account was one person everywhere): the
    /// access log, notes, onboarding ticks and calls name the pseudonym instead. Written directly, as the row guard lets an association
    /// write only its own rows.
    /// </summary>
    private async Task ForgetActor(ErasedAccount account, CancellationToken cancellationToken)
    {
        var (email, pseudonym, signature) = (account.Email, account.Pseudonym, Actors.Signature(account.Email));
        await db.AccessLog.IgnoreQueryFilters().Where(a => a.Actor.EndsWith(signature))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, pseudonym), cancellationToken);
        await db.Notes.IgnoreQueryFilters().Where(n => n.Author.EndsWith(signature))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Author, pseudonym), cancellationToken);
        await db.Onboarding.IgnoreQueryFilters().Where(t => t.DoneBy != null && t.DoneBy.EndsWith(signature))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DoneBy, pseudonym), cancellationToken);
        await db.Calls.IgnoreQueryFilters().Where(c => c.Caller == email).ExecuteUpdateAsync(s => s.SetProperty(c => c.Caller, pseudonym), cancellationToken);
        await db.Calls.IgnoreQueryFilters().Where(c => c.HandledBy != null && c.HandledBy.EndsWith(signature))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HandledBy, pseudonym), cancellationToken);
        await db.CallTargets.IgnoreQueryFilters().Where(t => t.ClaimedBy == email).ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedBy, pseudonym), cancellationToken);
        await db.CallAssignments.IgnoreQueryFilters().Where(a => a.Callers.Contains($"|{email}|"))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Callers, a => a.Callers.Replace($"|{email}|", $"|{pseudonym}|")), cancellationToken);
    }
}
