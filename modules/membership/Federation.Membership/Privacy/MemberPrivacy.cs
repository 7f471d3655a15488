using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;
using Federation.Communications.Contracts;
using Federation.Membership.Calls;
using Federation.Membership.Contracts;
using Federation.Membership.Domain;
using Federation.Membership.Engagement;
using Federation.Membership.Onboarding;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Privacy;

/// <summary>Everything held about one member, as the member downloads it.</summary>
internal sealed record MyData(
    NewMember Register, string Status, string GenderCategory, IReadOnlyList<MemberNote> Notes,
    IReadOnlyList<HistoryLine> History, IReadOnlyList<OnboardingItem> Onboarding, IReadOnlyList<AccessEntry> AccessLog,
    IReadOnlyList<SentMessage> Messages);

/// <summary>
/// A member's own data (GDPR art. 15–17). The signed-in account is linked to the member whose
/// email in this association equals the account's email (case-insensitive); no match, no access.
/// </summary>
internal sealed class MemberPrivacy(MembershipDbContext db, AccessLog log, EngagementHistory history, OnboardingBoard onboarding, IServiceProvider services, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
{
    public async Task<Member?> Me(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var email = user.FindFirstValue(ClaimTypes.Email)?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email)) return null;
        var member = await db.Members.AsNoTracking().Where(m => m.ErasedAt == null && m.Email == email)
            .OrderBy(m => m.JoinedOn).FirstOrDefaultAsync(cancellationToken);
        if (member is not null) await log.Read([member.Id], "read", "self", cancellationToken);
        return member;
    }

    public async Task<MyData> Download(Member me, CancellationToken cancellationToken = default) => new(
        NewMember.From(me), me.StatusOn(clock.Today()).ToString().ToLowerInvariant(), me.Gender,
        await db.Notes.AsNoTracking().Where(n => n.MemberId == me.Id).OrderBy(n => n.CreatedAt).ToListAsync(cancellationToken),
        await history.For(me.Id, cancellationToken),
        await onboarding.ForMember(me.Id, cancellationToken),
        await db.AccessLog.AsNoTracking().Where(a => a.MemberId == me.Id).OrderByDescending(a => a.At).ToListAsync(cancellationToken),
        // What communications sent them, where the association enabled it.
        services.GetService<IMemberMessages>() is { } messages ? await messages.SentTo(me.Id, cancellationToken) : []);

    /// <summary>
    /// Removes the member's personal data from this module and publishes <see cref="MemberErased"/>.
    /// Kept: the row with joined/left dates only (anonymous counts), calls without notes, the access log.
    /// </summary>
    public async Task Erase(Guid memberId, CancellationToken cancellationToken = default)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken)
            ?? throw new KeyNotFoundException($"No member {memberId}.");
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
        log.Changed(memberId, "erase", ["all personal data"]);
        db.Publish(new MemberErased(db.CurrentAssociationId!, memberId));
        await db.SaveChangesAsync(cancellationToken);
    }
}
