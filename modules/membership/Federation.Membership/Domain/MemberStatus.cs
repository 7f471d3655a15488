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

    public static MemberStatus Of(Member m, DateOnly today) =>
        m.LeftOn is { } left && left <= today ? MemberStatus.Left
        : m.PaidUntil is { } paid && paid < today ? MemberStatus.Lapsed
        : JoinedRecently(m.JoinedOn, today) ? MemberStatus.New
        : MemberStatus.Active;

    /// <summary>The same rule as a query predicate, so the status filter runs in SQL.</summary>
    public static Expression<Func<Member, bool>> Is(MemberStatus status, DateOnly today)
    {
        var newSince = today.AddDays(-NewForDays);
        return status switch
        {
            MemberStatus.Left => m => m.LeftOn != null && m.LeftOn <= today,
            MemberStatus.Lapsed => m => (m.LeftOn == null || m.LeftOn > today) && m.PaidUntil != null && m.PaidUntil < today,
            MemberStatus.New => m => (m.LeftOn == null || m.LeftOn > today) && (m.PaidUntil == null || m.PaidUntil >= today) && m.JoinedOn > newSince,
            _ => m => (m.LeftOn == null || m.LeftOn > today) && (m.PaidUntil == null || m.PaidUntil >= today) && m.JoinedOn <= newSince,
        };
    }

    /// <summary>Current members: not left (new, active or lapsed).</summary>
    public static Expression<Func<Member, bool>> Current(DateOnly today) => m => m.ErasedAt == null && (m.LeftOn == null || m.LeftOn > today);
}
