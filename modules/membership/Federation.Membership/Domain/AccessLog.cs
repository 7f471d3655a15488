using Microsoft.Extensions.DependencyInjection;
using Federation.Membership.Storage;
using Federation.Platform.Storage;
using Federation.Platform.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Federation.Membership.Domain;

/// <summary>
/// One read or change of a member's record. Party membership is sensitive data (GDPR art. 9), so
/// the board can see who looked at or changed whom, when, and which fields.
/// </summary>
internal sealed class AccessEntry : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public required string Actor { get; set; }
    public DateTime At { get; set; }
    /// <summary>read, export, create, change, import, erase.</summary>
    public required string Action { get; set; }
    public string? Fields { get; set; }
}

/// <summary>Writes the access log; the actor is the signed-in person, or what the code says (CLI, a message).</summary>
internal sealed class AccessLog(MembershipDbContext db, IHttpContextAccessor http, [FromKeyedServices(MembershipClock.Key)] TimeProvider clock)
{
    private string? actor;

    public string Actor => actor ?? Actors.Of(http.HttpContext?.User);

    /// <summary>Names the actor outside a request, e.g. <c>cli import</c>.</summary>
    public void ActAs(string who) => actor = who;

    /// <summary>Records a read and saves it at once: a read must leave a trace even if nothing else is saved.</summary>
    public async Task Read(IEnumerable<Guid> memberIds, string action, string? fields = null, CancellationToken cancellationToken = default)
    {
        foreach (var id in memberIds) Add(id, action, fields);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records a change; saved with the change itself.</summary>
    public void Changed(Guid memberId, string action, IEnumerable<string> fields) => Add(memberId, action, string.Join(",", fields));

    /// <summary>A change entry for the caller to store itself (bulk import), in the current association.</summary>
    public AccessEntry Entry(Guid memberId, string action, IEnumerable<string> fields) => new()
    {
        Id = Guid.NewGuid(), AssociationId = db.CurrentAssociationId!, MemberId = memberId, Actor = Actor, At = clock.UtcNow(),
        Action = action, Fields = string.Join(",", fields),
    };

    private void Add(Guid memberId, string action, string? fields) => db.AccessLog.Add(new AccessEntry
    {
        Id = Guid.NewGuid(), MemberId = memberId, Actor = Actor, At = clock.UtcNow(), Action = action, Fields = fields,
    });
}
