using Federation.Platform.Storage;

namespace Federation.Communications.Domain;

/// <summary>
/// One thing sent to many (a newsletter issue, an SMS, a reminder) or to one (a welcome letter): the
/// text with its merge fields, frozen once queued. Each recipient gets a <see cref="Delivery"/>.
/// </summary>
internal sealed class Mailing : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    /// <summary>One of <see cref="MailingKinds"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>One of <see cref="Channels"/>.</summary>
    public required string Channel { get; set; }
    public Guid? SeriesId { get; set; }
    public string Subject { get; set; } = "";
    /// <summary>Markdown (email, letters) or plain text (SMS), with merge fields.</summary>
    public string Body { get; set; } = "";
    /// <summary>The "på gång" block as it was when the mailing was queued, so every recipient sees the same.</summary>
    public string? ActivitiesBlock { get; set; }
    public Guid? SmartListId { get; set; }
    /// <summary>One of <see cref="MailingStatuses"/>.</summary>
    public string Status { get; set; } = MailingStatuses.Draft;
    public DateTime? ScheduledFor { get; set; }
    /// <summary>What caused an automatic mailing (e.g. <c>reminder:{activity}</c>); unique, so a cause sends once.</summary>
    public string? SourceKey { get; set; }
    public int Recipients { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? QueuedAt { get; set; }
}

/// <summary>One recipient of a <see cref="Mailing"/>: where it goes and how it went.</summary>
internal sealed class Delivery : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MailingId { get; set; }
    public Guid MemberId { get; set; }
    public required string Channel { get; set; }
    /// <summary>The email address or phone number when queued.</summary>
    public required string Address { get; set; }
    public required string FirstName { get; set; }
    public required string Name { get; set; }
    /// <summary>One of <see cref="Contracts.ContactPurposes"/>: what <see cref="Contracts.MemberContacted"/> says once it is sent.</summary>
    public required string Purpose { get; set; }
    /// <summary>One of <see cref="DeliveryStatuses"/>.</summary>
    public string Status { get; set; } = DeliveryStatuses.Queued;
    /// <summary>The server's reply to a failure, or the reason it was skipped.</summary>
    public string? Reply { get; set; }
    public DateTime? SentAt { get; set; }
}

/// <summary>A member who asked for no more mail (or SMS): honoured at once in every series.</summary>
internal sealed class Unsubscribe : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MemberId { get; set; }
    public required string Channel { get; set; }
    public Guid? MailingId { get; set; }
    /// <summary>How: <c>one-click</c>, <c>link</c>, <c>mailto</c>.</summary>
    public required string Source { get; set; }
    public DateTime At { get; set; }
}

/// <summary>Who sent what to how many: every send, test send and printed run.</summary>
internal sealed class AuditEntry : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string What { get; set; }
    public int Count { get; set; }
}

/// <summary>An activity as last announced, so a change notice goes out only when its time or place moved.</summary>
internal sealed class KnownActivity : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public string? Place { get; set; }
}

internal static class MailingKinds
{
    public const string Newsletter = "newsletter";
    public const string Sms = "sms";
    public const string Welcome = "welcome";
    public const string CourseTip = "course-tip";
    public const string CourseConfirmation = "course-confirmation";
    public const string Reminder = "reminder";
    public const string Notice = "notice";
    public const string Test = "test";
}

internal static class Channels
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Post = "post";
}

internal static class MailingStatuses
{
    public const string Draft = "draft";
    public const string Scheduled = "scheduled";
    public const string Sending = "sending";
    public const string Sent = "sent";
}

internal static class DeliveryStatuses
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";
    /// <summary>Not sent: the member unsubscribed or was erased after it was queued.</summary>
    public const string Skipped = "skipped";
}
