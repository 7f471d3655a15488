using Federation.Platform.Storage;

namespace Federation.Activities.Fund;

/// <summary>
/// An association's application to the district's activity fund (aktivitetsfond) and the district's decision on it.
/// Seed 003: "Stärka aktivitetsfonden och rikta 50% av den till prioriterade områden."; seed 004: "Aktivitetsfonden
/// fördelar resurser till föreningar efter ekonomisk och organisatorisk förmåga för utåtriktade aktiviteter."
/// A decision is final: it is the record of who decided what, and why.
/// </summary>
internal sealed class FundApplication : IAssociationOwned
{
    public Guid Id { get; set; }
    public string AssociationId { get; set; } = "";

    /// <summary>The fund year it counts in: the activity's year, or the year it was sent.</summary>
    public int Year { get; set; }

    public string Purpose { get; set; } = "";

    /// <summary>Kronor asked for.</summary>
    public int Amount { get; set; }

    /// <summary>The activity is in one of the association's priority areas.</summary>
    public bool PriorityArea { get; set; }

    /// <summary>The activity in the association's calendar it is for, if it is there yet.</summary>
    public Guid? ActivityId { get; set; }
    public string? ActivityTitle { get; set; }

    /// <summary>The association's economic and organisational capacity, as it describes itself.</summary>
    public FundCapacity Capacity { get; set; }

    public string AppliedBy { get; set; } = "";
    public DateTime AppliedAt { get; set; }

    public FundDecision Decision { get; set; }

    /// <summary>Kronor granted, when granted (at most what was asked for).</summary>
    public int? Granted { get; set; }

    public string? Reason { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
}

internal enum FundDecision
{
    Pending,
    Granted,
    Refused,
}

/// <summary>Least first: the fund gives more to those who can do less on their own.</summary>
internal enum FundCapacity
{
    Small = 1,
    Medium = 2,
    Large = 3,
}

internal static class FundNames
{
    public static string Of(FundCapacity capacity) => capacity switch
    {
        FundCapacity.Small => Platform.Web.Text.T("Liten", "Small"),
        FundCapacity.Medium => Platform.Web.Text.T("Medel", "Medium"),
        _ => Platform.Web.Text.T("God", "Good"),
    };

    public static string Of(FundDecision decision) => decision switch
    {
        FundDecision.Pending => Platform.Web.Text.T("Väntar på beslut", "Awaiting decision"),
        FundDecision.Granted => Platform.Web.Text.T("Beviljad", "Granted"),
        _ => Platform.Web.Text.T("Avslagen", "Refused"),
    };
}
