using System.Collections.Concurrent;
using Federation.Communications.Contracts;
using Federation.Communications.Domain;
using Federation.Communications.Storage;
using Federation.Platform.Modules;
using Federation.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Federation.Communications.Sending;

/// <summary>
/// Sends one recipient's copy of a mailing. It runs inside the message's claim: the delivery's new
/// status commits with the claim, so a redelivered or retried message finds it sent and does nothing.
/// Only a mail handed to the server at the instant of a crash can go twice. A temporary failure
/// (4xx, server down) throws, and the message is retried with growing waits, then kept as a dead
/// letter on /admin, still queued here; a refusal (5xx) is recorded as failed with the server's reply.
/// </summary>
internal sealed class Deliver(
    CommunicationsDbContext db, AssociationContext association, MailingTexts texts, MailRenderer renderer, SmtpMailer mailer,
    ISmsGateway sms, UnsubscribeLinks links, TimeProvider clock) : IIntegrationEventHandler<DeliveryQueued>
{
    public async Task Handle(DeliveryQueued message, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == message.DeliveryId, cancellationToken);
        if (delivery is null || delivery.Status != DeliveryStatuses.Queued) return;
        var text = await texts.For(db, delivery.MailingId, cancellationToken);
        if (text.Kind != MailingKinds.Test
            && await db.Unsubscribes.AnyAsync(u => u.MemberId == delivery.MemberId && u.Channel == delivery.Channel, cancellationToken))
        {
            delivery.Status = DeliveryStatuses.Skipped;
            delivery.Reply = "unsubscribed";
            return;
        }
        var unsubscribe = links.Url(new(message.AssociationId, delivery.MemberId, delivery.MailingId, delivery.Channel));
        var recipient = new Recipient(delivery.FirstName, delivery.Name, unsubscribe);
        var result = delivery.Channel == Channels.Sms
            ? await sms.Send(delivery.Address, MergeTemplate.Compile(text.Body).Render(SmsValues(recipient, text)), cancellationToken)
            : await mailer.Send(MailBuilder.Build(mailer.Settings.Sender, delivery.Address, delivery.Name,
                renderer.Render(text.Subject, text.Body, association.Required.Name, text.Activities, recipient),
                delivery.Id, $"{text.ListSlug}.{message.AssociationId}", text.ListName, unsubscribe), cancellationToken);
        delivery.Status = result.Accepted ? DeliveryStatuses.Sent : DeliveryStatuses.Failed;
        delivery.Reply = result.Accepted ? null : result.Reply;
        delivery.SentAt = clock.GetUtcNow().UtcDateTime;
        if (result.Accepted && ContactPurposes.Personal(delivery.Purpose))
            db.Publish(new MemberContacted(message.AssociationId, delivery.MemberId, delivery.Purpose, delivery.Channel, clock.GetUtcNow()));
    }

    private Dictionary<string, string> SmsValues(Recipient to, MailingText text) => new()
    {
        [MergeFields.FirstName] = to.FirstName,
        [MergeFields.Name] = to.Name,
        [MergeFields.Association] = association.Required.Name,
        [MergeFields.Activities] = text.Activities ?? "",
        [MergeFields.Unsubscribe] = to.UnsubscribeUrl,
    };
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
