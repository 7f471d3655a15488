using Federation.Communications.Contracts;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;

namespace Federation.Communications.Domain;

/// <summary>One recipient as queued: the channel and address chosen, and the name for the merge fields.</summary>
internal sealed record Addressee(Guid MemberId, string Channel, string Address, string FirstName, string Name);

/// <summary>
/// Queues a mailing: one <see cref="Delivery"/> row and one <see cref="DeliveryQueued"/> message per
/// recipient, in the caller's unit of work, so the rows and their messages commit together.
/// </summary>
internal static class Outbound
{
    public static void Queue(CommunicationsDbContext db, Mailing mailing, IReadOnlyCollection<Addressee> to, string purpose, DateTime now)
    {
        foreach (var a in to)
        {
            var delivery = new Delivery
            {
                Id = Guid.NewGuid(), MailingId = mailing.Id, MemberId = a.MemberId, Channel = a.Channel, Address = a.Address,
                FirstName = a.FirstName, Name = a.Name, Purpose = purpose,
            };
            db.Deliveries.Add(delivery);
            db.Publish(new DeliveryQueued(db.CurrentAssociationId!, delivery.Id));
        }
        mailing.Recipients = to.Count;
        mailing.Status = MailingStatuses.Sending;
        mailing.QueuedAt = now;
    }

    /// <summary>By email, if the member wants email and has an address; non-digital members get paper instead.</summary>
    public static Addressee? ByEmail(MemberContact c) =>
        c.ContactByEmail && !c.NonDigital && IsEmail(c.Email) ? new(c.MemberId, Channels.Email, c.Email!.Trim(), c.FirstName, c.Name) : null;

    public static Addressee? BySms(MemberContact c) =>
        c.ContactBySms && Sending.PhoneNumbers.E164(c.Phone) is { } phone ? new(c.MemberId, Channels.Sms, phone, c.FirstName, c.Name) : null;

    /// <summary>A short personal message (reminder, notice) by the member's preferred channel: SMS if they want it and it works, else email.</summary>
    public static Addressee? Preferred(MemberContact c, bool smsReady, bool mailReady) =>
        (smsReady ? BySms(c) : null) ?? (mailReady ? ByEmail(c) : null);

    private static bool IsEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && MimeKit.MailboxAddress.TryParse(email.Trim(), out var parsed) && parsed.Address.Contains('@');
}
