using Microsoft.Extensions.DependencyInjection;
using Federation.Membership.Contracts;
using Federation.Membership.Search;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Domain;

/// <summary>Adds, finds, changes and annotates members of the current association; every read of a record and every change is logged.</summary>
internal sealed class MemberRegister(MembershipDbContext db, MemberIndex index, AccessLog log, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public async Task<Member> Add(NewMember input, CancellationToken cancellationToken = default)
    {
        var problems = input.Problems().ToList();
        if (problems.Count > 0) throw new MemberValidationException(problems);
        var number = input.MemberNumber.Trim();
        if (await db.Members.AnyAsync(m => m.MemberNumber == number, cancellationToken))
            throw new MemberValidationException([$"Member number {number} is already registered."]);
        var member = Create(input);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>Adds a valid member to the unit of work, logs it and publishes <see cref="MemberJoined"/>; the caller saves.</summary>
    public Member Create(NewMember input)
    {
        var (member, fields) = NewEntity(input);
        db.Members.Add(member);
        log.Changed(member.Id, "create", fields);
        db.Publish(new MemberJoined(db.CurrentAssociationId!, member.Id, member.JoinedOn));
        return member;
    }

    /// <summary>A new member of the current association from valid input, not yet added; and the fields it sets.</summary>
    public (Member Member, IReadOnlyList<string> Fields) NewEntity(NewMember input)
    {
        var member = new Member
        {
            Id = Guid.NewGuid(), AssociationId = db.CurrentAssociationId!, MemberNumber = "", FirstName = "", LastName = "", CreatedAt = clock.UtcNow(),
        };
        return (member, input.ApplyTo(member));
    }

    public async Task<(List<Member> Items, int Total)> Search(MemberFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var (ids, total) = await index.Page(db, filter, Today, (page - 1) * pageSize, pageSize, cancellationToken);
        var members = await MemberIndex.Records(db, ids, cancellationToken);
        // The list shows emails and phones: each member on the page is logged as read, in one write for the page.
        if (members.Count > 0) await log.Read(members.Select(m => m.Id), "read", filter.Q is null ? "member list" : "member search", cancellationToken);
        return (members, total);
    }

    /// <summary>A member's full record for a person to look at: the read is logged.</summary>
    public async Task<Member?> Open(Guid id, CancellationToken cancellationToken = default)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.ErasedAt == null, cancellationToken);
        if (member is not null) await log.Read([id], "read", cancellationToken: cancellationToken);
        return member;
    }

    /// <summary>Every member matching the filter, for export; each exported record is logged as read.</summary>
    public async Task<List<Member>> Export(MemberFilter filter, CancellationToken cancellationToken = default)
    {
        var matches = await index.Match(db, filter, Today, cancellationToken);
        var members = await MemberIndex.Records(db, [.. matches.Select(m => m.Id)], cancellationToken);
        await log.Read(members.Select(m => m.Id), "export", cancellationToken: cancellationToken);
        return members;
    }

    /// <summary>Changes a member; returns the fields that changed (none: nothing is written).</summary>
    /// <summary>
    /// Changes a member. With <paramref name="readVersion"/> (the version the editor read), a member changed by
    /// someone else since then is not overwritten: <see cref="MemberConflictException"/> names the fields that now
    /// differ from the input. The version check also holds against a change that lands between read and save.
    /// </summary>
    public async Task<IReadOnlyList<string>> Update(Guid id, NewMember input, int? readVersion = null, CancellationToken cancellationToken = default)
    {
        var problems = input.Problems().ToList();
        if (problems.Count > 0) throw new MemberValidationException(problems);
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == id && m.ErasedAt == null, cancellationToken)
            ?? throw new KeyNotFoundException($"No member {id}.");
        if (readVersion is { } read && read != member.Version) throw await Conflict(id, input, cancellationToken);
        var number = input.MemberNumber.Trim();
        if (number != member.MemberNumber && await db.Members.AnyAsync(m => m.MemberNumber == number, cancellationToken))
            throw new MemberValidationException([$"Member number {number} is already registered."]);
        var changed = input.ApplyTo(member);
        if (changed.Count == 0) return changed;
        member.UpdatedAt = clock.UtcNow();
        member.Version++;
        log.Changed(member.Id, "change", changed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw await Conflict(id, input, cancellationToken);
        }
        return changed;
    }

    private async Task<MemberConflictException> Conflict(Guid id, NewMember input, CancellationToken cancellationToken)
    {
        var current = await db.Members.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        return new MemberConflictException(current.Version, input.ApplyTo(current));
    }

    public async Task<MemberNote> AddNote(Guid memberId, string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new MemberValidationException(["The note is empty."]);
        if (text.Length > 10_000) throw new MemberValidationException([$"The note is {text.Length} characters; at most 10,000."]);
        if (!await db.Members.AnyAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken))
            throw new KeyNotFoundException($"No member {memberId}.");
        var note = new MemberNote { Id = Guid.NewGuid(), MemberId = memberId, Author = log.Actor, Text = text.Trim(), CreatedAt = clock.UtcNow() };
        db.Notes.Add(note);
        log.Changed(memberId, "change", ["note"]);
        await db.SaveChangesAsync(cancellationToken);
        return note;
    }

    public Task<List<MemberNote>> Notes(Guid memberId, CancellationToken cancellationToken = default) =>
        db.Notes.AsNoTracking().Where(n => n.MemberId == memberId).OrderByDescending(n => n.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The access log, newest first, optionally for one member.</summary>
    public async Task<(List<AccessEntry> Items, int Total)> AccessLog(Guid? memberId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var entries = db.AccessLog.AsNoTracking();
        if (memberId is { } id) entries = entries.Where(e => e.MemberId == id);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.At).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<Dictionary<Guid, string>> Names(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var list = ids.Distinct().ToList();
        return db.Members.AsNoTracking().Where(m => list.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.FirstName + " " + m.LastName, cancellationToken);
    }
}
