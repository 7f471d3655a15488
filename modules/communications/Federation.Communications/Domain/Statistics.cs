using Federation.Communications.Contracts;
using Federation.Communications.Media;
using Federation.Communications.Storage;
using Federation.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Domain;

/// <summary>The year's communication in numbers: for the statistics page, the annual report and the activity plan.</summary>
internal sealed class Statistics(CommunicationsDbContext db, MediaLog media) : ICommunicationStatistics
{
    public async Task<MediaYear> Media(int year, CancellationToken cancellationToken = default)
    {
        var rows = await media.Year(year, cancellationToken);
        int Count(string kind) => rows.Count(r => r.Kind == kind);
        var women = rows.Sum(r => r.Women);
        var known = rows.Sum(r => r.Women + r.Men + r.NonBinary);
        return new(year, Count(MediaKinds.Local), Count(MediaKinds.Regional), Count(MediaKinds.TradePress), Count(MediaKinds.Social),
            known + rows.Sum(r => r.NotStated), women, known == 0 ? null : (double)women / known);
    }

    public async Task<CommunicationYear> Year(int year, CancellationToken cancellationToken = default)
    {
        var (from, to) = (new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var sent = await db.Deliveries.AsNoTracking().Where(d => d.Status == DeliveryStatuses.Sent && d.SentAt >= from && d.SentAt < to)
            .GroupBy(d => d.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var issues = await db.Mailings.AsNoTracking().CountAsync(m => m.Kind == MailingKinds.Newsletter && m.QueuedAt >= from && m.QueuedAt < to, cancellationToken);
        var newsletterMails = await db.Deliveries.AsNoTracking().CountAsync(d => d.Status == DeliveryStatuses.Sent && d.Purpose == ContactPurposes.Newsletter && d.SentAt >= from && d.SentAt < to, cancellationToken);
        var letters = await db.Letters.AsNoTracking().Where(l => l.CreatedAt >= from && l.CreatedAt < to).SumAsync(l => l.Recipients, cancellationToken);
        var unsubscribes = await db.Unsubscribes.AsNoTracking().CountAsync(u => u.At >= from && u.At < to, cancellationToken);
        return new(year, issues, newsletterMails, sent.Where(s => s.Key == Channels.Sms).Sum(s => s.Count), letters, unsubscribes, await Media(year, cancellationToken));
    }
}

/// <summary>One message to the member: when it was made, what kind, by which channel to which address, its subject and status.</summary>
internal sealed record SentMessage(DateTime CreatedAt, string Kind, string Channel, string Address, string Subject, string Status, DateTime? SentAt);

/// <summary>What was sent to one member: communications' part of their data export. Erasure (<c>MemberErased</c>) removes it.</summary>
internal sealed class MemberMessages(CommunicationsDbContext db) : IMemberDataExport
{
    public string ModuleId => CommunicationsDbContext.Module;

    public async Task<object> Export(Guid memberId, CancellationToken cancellationToken = default) => await SentTo(memberId, cancellationToken);

    public async Task<IReadOnlyList<SentMessage>> SentTo(Guid memberId, CancellationToken cancellationToken = default) =>
        await db.Deliveries.AsNoTracking().Where(d => d.MemberId == memberId)
            .Join(db.Mailings, d => d.MailingId, m => m.Id, (d, m) => new { d, m })
            .OrderByDescending(x => x.m.CreatedAt)
            .Select(x => new SentMessage(x.m.CreatedAt, x.m.Kind, x.d.Channel, x.d.Address, x.m.Subject, x.d.Status, x.d.SentAt))
            .ToListAsync(cancellationToken);
}
