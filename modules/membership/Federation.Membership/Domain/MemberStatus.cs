using System.Linq.Expressions;

namespace Federation.Membership.Domain;

/// <summary>Computed from the member's dates, never stored or set by a nightly job.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<MemberStatus>))]
internal enum MemberStatus
{
    Active,
    New,
    Lapsed,
    Left,
}

internal static class MemberStatuses
{
    /// <summary>How long a member counts as new: the onboarding window (seed 002: "Samtliga nya medlemmar kontaktas").</summary>
    public const int NewForDays = 90;

    /// <summary>Joined within the onboarding window: the seeds' "nya medlemmar".</summary>
    public static bool JoinedRecently(DateOnly joinedOn, DateOnly today) => joinedOn > today.AddDays(-NewForDays);

    public static MemberStatus Of(Member m, DateOnly today) => Of(m.LeftOn, m.PaidUntil, m.JoinedOn, today);

    public static MemberStatus Of(DateOnly? leftOn, DateOnly? paidUntil, DateOnly joinedOn, DateOnly today) =>
        leftOn is { } left && left <= today ? MemberStatus.Left
        : paidUntil is { } paid && paid < today ? MemberStatus.Lapsed
        : JoinedRecently(joinedOn, today) ? MemberStatus.New
        : MemberStatus.Active;

    /// <summary>Current members: not left (new, active or lapsed).</summary>
    public static Expression<Func<Member, bool>> Current(DateOnly today) => m => m.ErasedAt == null && (m.LeftOn == null || m.LeftOn > today);
}
