using Federation.Membership.Contracts;
using Federation.Membership.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Membership.Domain;

/// <summary>Adds and finds members of the current association.</summary>
internal sealed class MemberRegister(MembershipDbContext db)
{
    public async Task<Member> Add(NewMember input, CancellationToken cancellationToken = default)
    {
        var problems = input.Problems().ToList();
        if (problems.Count > 0) throw new MemberValidationException(problems);
        var number = input.MemberNumber.Trim();
        if (await db.Members.AnyAsync(m => m.MemberNumber == number, cancellationToken))
            throw new MemberValidationException([$"Member number {number} is already registered."]);
        var member = new Member
        {
            Id = Guid.NewGuid(),
            MemberNumber = number,
            FirstName = input.FirstName.Trim(),
            LastName = input.LastName.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            JoinedOn = input.JoinedOn,
            CreatedAt = DateTime.UtcNow,
        };
        db.Members.Add(member);
        db.Publish(new MemberJoined(db.CurrentAssociationId!, member.Id, member.JoinedOn));
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public async Task<(List<Member> Items, int Total)> Search(string? query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var members = db.Members.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var q = query.Trim();
            members = members.Where(m => m.FirstName.Contains(q) || m.LastName.Contains(q) || m.MemberNumber == q);
        }
        var total = await members.CountAsync(cancellationToken);
        var items = await members.OrderBy(m => m.LastName).ThenBy(m => m.FirstName)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }
}

internal sealed record NewMember(string MemberNumber, string FirstName, string LastName, string? Email, DateOnly JoinedOn)
{
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(MemberNumber)) yield return "Member number is required.";
        if (string.IsNullOrWhiteSpace(FirstName)) yield return "First name is required.";
        if (string.IsNullOrWhiteSpace(LastName)) yield return "Last name is required.";
        if (!string.IsNullOrWhiteSpace(Email) && !System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _))
            yield return $"'{Email}' is not a valid email address.";
    }
}

internal sealed class MemberValidationException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
