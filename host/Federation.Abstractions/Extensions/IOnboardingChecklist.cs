namespace Federation.Extensions;

/// <summary>
/// The steps a new member's onboarding checklist has in an association, each due a number of days
/// after the member joined. Return null for a year the plugin has no rule for.
/// </summary>
public interface IOnboardingChecklist : IExtensionPoint
{
    IReadOnlyList<OnboardingStepTemplate>? Steps(int year);
}

/// <summary>A checklist step: a stable id (e.g. <c>first-contact</c>), its name, and when it is due.</summary>
public sealed record OnboardingStepTemplate(string Id, LocalizedText Name, int DueAfterDays);
