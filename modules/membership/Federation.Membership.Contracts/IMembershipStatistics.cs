namespace Federation.Membership.Contracts;

/// <summary>
/// Membership figures for the activity plan, computed from the register, the phone-banking log and the onboarding
/// checklists, never typed in: "Ringa till alla våra medlemmar under året" (seed 000), "Samtliga nya medlemmar
/// kontaktas via telefonsamtal eller sms" (seed 002). Implemented by the membership module; resolve it optionally.
/// </summary>
public interface IMembershipStatistics
{
    /// <summary>The members current at the end of <paramref name="year"/> (today, within it) and how many of them a call reached in it.</summary>
    Task<YearShare> Called(int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// Members who joined in <paramref name="year"/> whose onboarding step <paramref name="stepId"/> (an id of the
    /// association's <c>IOnboardingChecklist</c>) is due by today, and how many of them have it done.
    /// </summary>
    Task<YearShare> Onboarded(int year, string stepId, CancellationToken cancellationToken = default);
}

/// <summary>Of <see cref="Of"/> people in a year, <see cref="Done"/> count.</summary>
public sealed record YearShare(int Year, int Of, int Done)
{
    /// <summary>0–1; null when there is nobody to count.</summary>
    public double? Share => Of == 0 ? null : (double)Done / Of;
}
