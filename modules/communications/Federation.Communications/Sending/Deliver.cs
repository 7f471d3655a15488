using System.Collections.Concurrent;
using Federation.Communications.Contracts;
using Federation.Communications.Domain;
using Federation.Communications.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Sending;

/// <summary>
/// Sends one recipient's copy of a mailing. The mail is handed to the server in <see cref="Prepare"/>,
/// before the transaction, so a slow mail server never holds SQLite's one writer and several deliveries
/// talk to the server side by side; <see cref="Handle"/> then records the outcome, and it commits
/// with the message's claim. A redelivered message finds the recipient sent and sends nothing; a retry
/// after the server accepted the mail but the commit failed reuses the recorded outcome
/// (<see cref="Outcomes"/>). Only mails handed to the server at the instant of a crash can go twice.
/// A temporary failure (4xx, server down) throws, and the message is retried with growing waits, then
/// kept as a dead letter on /admin, still queued here; a refusal (5xx) is recorded as failed with the
/// server's reply.
/// </summary>
internal sealed class Deliver(
    CommunicationsDbContext db, AssociationContext association, MailingTexts texts, MailRenderer renderer, SmtpMailer mailer,
    ISmsGateway sms, UnsubscribeLinks links, Outcomes outcomes, TimeProvider clock) : IIntegrationEventHandler<DeliveryQueued>, IDisposable
{
    private Delivery? delivery;
    private MailResult? result;
    private bool unsubscribed;
    private IDisposable? slot;

    public async Task Prepare(DeliveryQueued message, CancellationToken cancellationToken)
    {
        // The delivery and whether its member unsubscribed, in one query: ten thousand recipients each pass here.
        var found = await db.Deliveries.AsNoTracking()
            .Where(d => d.Id == message.DeliveryId && d.Status == DeliveryStatuses.Queued)
            .Select(d => new { Delivery = d, Unsubscribed = db.Unsubscribes.Any(u => u.MemberId == d.MemberId && u.Channel == d.Channel) })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return;
        delivery = found.Delivery;
        var text = await texts.For(db, delivery.MailingId, cancellationToken);
        unsubscribed = found.Unsubscribed && text.Kind != MailingKinds.Test;
        if (unsubscribed) return;
        var unsubscribe = links.Url(new(message.AssociationId, delivery.MemberId, delivery.MailingId, delivery.Channel));
        var recipient = new Recipient(delivery.FirstName, delivery.Name, unsubscribe);
        var to = delivery;
        slot = await outcomes.InFlight(cancellationToken);
        result = await outcomes.Once(to.Id, () => to.Channel == Channels.Sms
            ? sms.Send(to.Address, renderer.Merge(text.Body, association.Required.Name, text.Activities, recipient), cancellationToken)
            : mailer.Send(MailBuilder.Build(mailer.Settings.Sender, to.Address, to.Name,
                renderer.Render(text.Subject, text.Body, association.Required.Name, text.Activities, recipient),
                to.Id, $"{text.ListSlug}.{message.AssociationId}", text.ListName, unsubscribe), cancellationToken));
    }

    /// <summary>
    /// Records the outcome with one update of a still queued row (no read under the database's single writer);
    /// a row changed since <see cref="Prepare"/> is left as it is.
    /// </summary>
    public async Task Handle(DeliveryQueued message, CancellationToken cancellationToken)
    {
        if (delivery is null) return;
        var (status, reply, sentAt) = unsubscribed ? (DeliveryStatuses.Skipped, "unsubscribed", (DateTime?)null)
            : result!.Accepted ? (DeliveryStatuses.Sent, null, clock.GetUtcNow().UtcDateTime)
            : (DeliveryStatuses.Failed, result.Reply, clock.GetUtcNow().UtcDateTime);
        var recorded = await db.Deliveries.Where(d => d.Id == message.DeliveryId && d.Status == DeliveryStatuses.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, status).SetProperty(d => d.Reply, reply).SetProperty(d => d.SentAt, sentAt), cancellationToken);
        if (recorded == 1 && status == DeliveryStatuses.Sent && ContactPurposes.Personal(delivery.Purpose))
            db.Publish(new MemberContacted(message.AssociationId, delivery.MemberId, delivery.Purpose, delivery.Channel, clock.GetUtcNow()));
    }

    /// <summary>The message's scope ends after its transaction: only then is this delivery no longer in flight.</summary>
    public void Dispose() => slot?.Dispose();
}

/// <summary>
/// Each delivery is handed to the server once per process: a second delivery of the same message
/// running at the same time (a recovery sweep and the queue) waits for the first one's answer, and a
/// retry after the server took the mail but the commit failed reuses it. A failure is forgotten, so a
/// retry sends. Answers are kept ten minutes, longer than any retry waits.
/// </summary>
internal sealed class Outcomes(TimeProvider clock)
{
    /// <summary>
    /// Deliveries handed to the server whose outcome is not yet committed, at most: after a crash these
    /// are the ones that may go twice. Eight keep mails on the wire over several connections while others
    /// wait for their commit, which they share (with two, each commit carried two mails: 93 → 148 mails/s
    /// measured side by side, docs/performance.md).
    /// </summary>
    public const int MaxInFlight = 8;

    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim inFlight = new(MaxInFlight, MaxInFlight);

    /// <summary>A place among the deliveries in flight, held until disposed (after the delivery's commit).</summary>
    public async Task<IDisposable> InFlight(CancellationToken cancellationToken)
    {
        await inFlight.WaitAsync(cancellationToken);
        return new Slot(inFlight);
    }

    private sealed class Slot(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
    private readonly ConcurrentDictionary<Guid, (Lazy<Task<MailResult>> Send, DateTimeOffset At)> sends = new();

    public async Task<MailResult> Once(Guid deliveryId, Func<Task<MailResult>> send)
    {
        var now = clock.GetUtcNow();
        if (sends.Count > 20_000)
            foreach (var old in sends.Where(e => now - e.Value.At > KeepFor).Select(e => e.Key).ToList()) sends.TryRemove(old, out _);
        var entry = sends.GetOrAdd(deliveryId, _ => (new Lazy<Task<MailResult>>(send), now));
        try { return await entry.Send.Value; }
        catch
        {
            sends.TryRemove(new KeyValuePair<Guid, (Lazy<Task<MailResult>>, DateTimeOffset)>(deliveryId, entry));
            throw;
        }
    }
}

/// <summary>A queued mailing's text and list, which no longer change.</summary>
internal sealed record MailingText(string Kind, string Subject, string Body, string? Activities, string ListName, string ListSlug);

/// <summary>Queued mailings' texts, read once per mailing rather than once per recipient.</summary>
internal sealed class MailingTexts
{
    private readonly ConcurrentDictionary<Guid, MailingText> texts = new();

    public async Task<MailingText> For(CommunicationsDbContext db, Guid mailingId, CancellationToken cancellationToken)
    {
        if (texts.TryGetValue(mailingId, out var known)) return known;
        var mailing = await db.Mailings.AsNoTracking().SingleAsync(m => m.Id == mailingId, cancellationToken);
        var series = mailing.SeriesId is { } id ? await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        var text = new MailingText(mailing.Kind, mailing.Subject, mailing.Body, mailing.ActivitiesBlock,
            series?.Name ?? mailing.Kind, series?.Slug ?? mailing.Kind);
        if (texts.Count > 1_000) texts.Clear();
        texts[mailingId] = text;
        return text;
    }
}
