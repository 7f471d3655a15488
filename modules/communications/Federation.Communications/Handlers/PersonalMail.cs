using Federation.Communications.Sending;
using Federation.Communications.Domain;
using Federation.Communications.Storage;
using Federation.Membership.Contracts;

namespace Federation.Communications.Handlers;

/// <summary>
/// A mailing to one person or a few, caused by something another module reported. The cause's key
/// (<see cref="Mailing.SourceKey"/>) is unique, so the same cause never queues twice even if two
/// different messages report it; the message's claim makes a redelivered message do nothing.
/// </summary>
internal sealed class PersonalMail(CommunicationsDbContext db, SmtpMailer mailer, ISmsGateway sms, TimeProvider clock)
{
    public bool MailReady => mailer.Settings.Configured;
    public bool SmsReady => sms.Configured;

    /// <summary>Queues the mailing for whoever of <paramref name="to"/> can be reached; false if nobody could, or it was queued before.</summary>
    public bool Queue(string sourceKey, string kind, string purpose, string subject, string body, IEnumerable<Addressee?> to, string? activities = null)
    {
        var reachable = to.OfType<Addressee>().ToList();
        if (reachable.Count == 0 || db.Mailings.Any(m => m.SourceKey == sourceKey)) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var mailing = new Mailing
        {
            Id = Guid.NewGuid(), Kind = kind, Channel = reachable[0].Channel, Subject = subject, Body = body, ActivitiesBlock = activities,
            SourceKey = sourceKey, CreatedBy = "system", CreatedAt = now,
        };
        db.Mailings.Add(mailing);
        Outbound.Queue(db, mailing, reachable, purpose, now);
        db.Audit.Add(new AuditEntry { Id = Guid.NewGuid(), At = now, Actor = "system", Action = kind, What = subject, Count = reachable.Count });
        return true;
    }

    /// <summary>By email only (a letter, not a short notice).</summary>
    public Addressee? Mail(MemberContact? c) => c is not null && MailReady ? Outbound.ByEmail(c) : null;

    /// <summary>By the member's preferred channel: SMS if they want it, else email.</summary>
    public Addressee? Preferred(MemberContact? c) => c is null ? null : Outbound.Preferred(c, SmsReady, MailReady);
}
