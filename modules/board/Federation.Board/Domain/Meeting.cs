using Federation.Platform.Storage;

namespace Federation.Board.Domain;

/// <summary>A board, member, general or annual meeting; linked to its calendar activity when one was scheduled.</summary>
internal sealed class Meeting : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    /// <summary>An activity type: board-meeting, member-meeting, general-meeting, annual-meeting.</summary>
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly Date { get; set; }
    public Guid? ActivityId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Members present needed for a quorum; null means more than half of the board (board meetings) or none.</summary>
    public int? Quorum { get; set; }
    /// <summary>The minutes' version: 1 until an approved protocol is reopened, which logs a <see cref="MinutesRevision"/>.</summary>
    public int Version { get; set; } = 1;
    /// <summary>Approved (justerat) minutes are locked: changing them needs a new, logged version.</summary>
    public bool Locked { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public string? ApprovedByChair { get; set; }
    /// <summary>The adjusters (justerare) who approved, comma-separated (the elected ones are <see cref="MeetingAdjuster"/>).</summary>
    public string? Adjusters { get; set; }
    /// <summary>The chair of the meeting (mötesordförande), named when the adjusters are elected.</summary>
    public string? Chair { get; set; }
    /// <summary>The code members type on their phones to follow the speaker list and ask for the floor without an account.</summary>
    public string? SpeakerCode { get; set; }
    /// <summary>The longest speech the chair allows, in seconds; null means no limit.</summary>
    public int? SpeechLimitSeconds { get; set; }
    /// <summary>Counts the speaker list's changes, so a phone never shows an older state after a newer one.</summary>
    public int SpeakerListVersion { get; set; }

    public static readonly IReadOnlyList<string> Kinds =
        [ActivityTypes.BoardMeeting, ActivityTypes.MemberMeeting, ActivityTypes.GeneralMeeting, ActivityTypes.AnnualMeeting];
}

/// <summary>One contribution on a meeting's speaker list (talarlista), timed while it is held.</summary>
internal sealed class Contribution : IAssociationOwned
{
    public const string Speech = "speech";
    public const string Reply = "reply";
    public const string PointOfOrder = "point-of-order";
    public static readonly IReadOnlyList<string> Types = [Speech, Reply, PointOfOrder];

    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }
    public int Number { get; set; }
    /// <summary>Null for guests and for erased members (whose contribution stays, anonymous, in the statistics).</summary>
    public Guid? MemberId { get; set; }
    /// <summary>Who spoke, so the list can be kept; an anonymous label once the member is erased.</summary>
    public string Name { get; set; } = "";
    public string Gender { get; set; } = Federation.Gender.NotStated;
    public string Type { get; set; } = Speech;
    public DateTime? StartedAt { get; set; }
    public DateTime? StoppedAt { get; set; }
    public int Seconds { get; set; }
    /// <summary>Who asked for the floor ("account:…" or "guest:…"), so they can withdraw; null when the chair put them on.</summary>
    public string? RequestedBy { get; set; }

    public bool Waiting => StartedAt is null;
    public bool Speaking => StartedAt is not null && StoppedAt is null;

    /// <summary>One person across contributions: a member by id, a guest by name (case-insensitive).</summary>
    public string SpeakerKey => MemberId is { } id ? id.ToString() : "guest:" + Name.Trim().ToLowerInvariant();
}

/// <summary>A numbered agenda item (dagordningspunkt) with its attachment and what the minutes say.</summary>
internal sealed class AgendaItem : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string? Attachment { get; set; }
    public string? Minutes { get; set; }
    /// <summary>Counts saves of the minutes text: a save based on an older revision is a conflict, never an overwrite.</summary>
    public int Revision { get; set; }
}

/// <summary>A decision (beslut) with who carries it out and by when; open ones follow to the next meetings until done.</summary>
internal sealed class Decision : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }
    public Guid? AgendaItemId { get; set; }
    public string Text { get; set; } = "";
    public string? Responsible { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
}

/// <summary>Someone present at a meeting (närvaro).</summary>
internal sealed class MeetingAttendee : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }
    public Guid? MemberId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Counts for the quorum (a voting member, not a guest or substitute without a vote).</summary>
    public bool Voting { get; set; } = true;
    /// <summary>The gender category, for comparing the speakers with those present.</summary>
    public string Gender { get; set; } = Federation.Gender.NotStated;
}

/// <summary>The log of an approved protocol reopened: who, when, why, and the text it had.</summary>
internal sealed class MinutesRevision : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }
    /// <summary>The version that was approved and is now replaced.</summary>
    public int Version { get; set; }
    public string Reason { get; set; } = "";
    public string ChangedBy { get; set; } = "";
    public DateTime ChangedAt { get; set; }
    /// <summary>The approved protocol as it was (HTML), kept for the record.</summary>
    public string Snapshot { get; set; } = "";
}

/// <summary>
/// An adjuster (justerare) the meeting elected: signs in with <see cref="Email"/> and approves the minutes; the minutes
/// lock when every elected adjuster has.
/// </summary>
internal sealed class MeetingAdjuster : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid MeetingId { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public DateTime? ApprovedAt { get; set; }
}
