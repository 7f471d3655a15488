using Federation.Communications.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Domain;

/// <summary>How far a mailing has come: recipients per delivery status.</summary>
internal sealed record MailingProgress(Guid Id, string Kind, string Subject, string Status, int Recipients, int Queued, int Sent, int Failed, int Skipped, DateTime CreatedAt, DateTime? ScheduledFor, DateTime? QueuedAt)
{
    public int Done => Sent + Failed + Skipped;
    public int Percent => Recipients == 0 ? 100 : 100 * Done / Recipients;
    /// <summary>Sending until every recipient has an outcome.</summary>
    public string Shown => Status == MailingStatuses.Sending && Queued == 0 ? MailingStatuses.Sent : Status;
}

internal sealed record DeliveryView(Guid Id, string Name, string Address, string Channel, string Status, string? Reply, DateTime? SentAt);

internal static class Progress
{
    public static async Task<List<MailingProgress>> Of(CommunicationsDbContext db, IQueryable<Mailing> mailings, CancellationToken cancellationToken)
    {
        var rows = await mailings.AsNoTracking().ToListAsync(cancellationToken);
        var ids = rows.Select(m => m.Id).ToList();
        var counts = await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.MailingId))
            .GroupBy(d => new { d.MailingId, d.Status }).Select(g => new { g.Key.MailingId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(Guid id, string status) => counts.Where(c => c.MailingId == id && c.Status == status).Sum(c => c.Count);
        return rows.Select(m => new MailingProgress(m.Id, m.Kind, m.Subject, m.Status, m.Recipients,
            Count(m.Id, DeliveryStatuses.Queued), Count(m.Id, DeliveryStatuses.Sent), Count(m.Id, DeliveryStatuses.Failed),
            Count(m.Id, DeliveryStatuses.Skipped), m.CreatedAt, m.ScheduledFor, m.QueuedAt)).ToList();
    }

    public static async Task<(List<DeliveryView> Items, int Total)> Deliveries(CommunicationsDbContext db, Guid mailingId, string? status, int page, int size, CancellationToken cancellationToken)
    {
        var all = db.Deliveries.AsNoTracking().Where(d => d.MailingId == mailingId);
        if (!string.IsNullOrEmpty(status)) all = all.Where(d => d.Status == status);
        var items = await all.OrderBy(d => d.Status == DeliveryStatuses.Failed ? 0 : 1).ThenBy(d => d.Name)
            .Skip((page - 1) * size).Take(size)
            .Select(d => new DeliveryView(d.Id, d.Name, d.Address, d.Channel, d.Status, d.Reply, d.SentAt)).ToListAsync(cancellationToken);
        return (items, await all.CountAsync(cancellationToken));
    }
}
