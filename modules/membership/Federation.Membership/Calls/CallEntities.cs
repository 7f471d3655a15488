using Federation.Platform.Storage;

namespace Federation.Membership.Calls;

/// <summary>
/// A call assignment (rundringning). Seed 000 (Solna 2020): "Ringa till alla våra medlemmar under året",
/// "Genomföra regelbundna rundringningar", "Utse en grupp som genomför rundringningarna".
/// </summary>
internal sealed class CallAssignment : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public required string Title { get; set; }
    public string Instructions { get; set; } = "";
    /// <summary>The smart list the targets were taken from (its filter is copied into <see cref="Filter"/>).</summary>
    public Guid? SmartListId { get; set; }
    public string Filter { get; set; } = "{}";
    /// <summary>Emails of the callers as <c>|a|b|</c>; empty means every officer may call.</summary>
    public string Callers { get; set; } = "";
    /// <summary>Hours before someone not reached is offered again.</summary>
    public int CooldownHours { get; set; } = 48;
    /// <summary>
    /// The "done" rule: someone is done when reached, when the number is wrong, when they ask not to be called,
    /// or after this many attempts without reaching them (0: keep trying while the assignment runs).
    /// </summary>
    public int MaxAttempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
}

/// <summary>A person on an assignment's list, with the claim that keeps two callers off them.</summary>
internal sealed class CallTarget : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid AssignmentId { get; set; }
    public Guid MemberId { get; set; }
    /// <summary>Nothing more to do, by the assignment's done rule (<see cref="CallAssignment.MaxAttempts"/>).</summary>
    public bool Done { get; set; }
    public bool Reached { get; set; }
    public int Attempts { get; set; }
    /// <summary>Not offered before this instant (cool-down or agreed call-back time).</summary>
    public DateTime? NextAttemptAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimExpiresAt { get; set; }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<CallOutcome>))]
internal enum CallOutcome
{
    Reached,
    NoAnswer,
    Busy,
    CallBack,
    LeftMessage,
    WrongNumber,
    DoNotCall,
}

/// <summary>One logged call.</summary>
internal sealed class CallRecord : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";
    public Guid AssignmentId { get; set; }
    public Guid MemberId { get; set; }
    public required string Caller { get; set; }
    public DateTime At { get; set; }
    public CallOutcome Outcome { get; set; }
    public string? Note { get; set; }
    public bool NeedsOfficer { get; set; }
    public DateTime? CallBackAt { get; set; }
    /// <summary>When an officer dealt with a call flagged <see cref="NeedsOfficer"/>, and who.</summary>
    public DateTime? HandledAt { get; set; }
    public string? HandledBy { get; set; }
}
