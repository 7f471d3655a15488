using Federation.Extensions;
using Federation.Platform.Plugins;

namespace Federation.Membership.Onboarding;

/// <summary>The checklist an association uses: its plugin's, or the default drawn from the seeds.</summary>
internal sealed class OnboardingChecklists(IPluginRules plugins)
{
    // Seed 000 (Solna 2020): "Hålla träffar för nya medlemmar i samband med medlemsmöten.", "Skicka ut
    // välkomstbrev till nya medlemmar.", "Uppmana nya medlemmar att gå distriktets kvälls- och helgkurser för
    // nya medlemmar."; seed 001 (Älvsjö-Hägersten 2018): "Nya medlemmar ska bli kontaktade."
    // The due days are a local default: no seed gives any (the onboarding page says so).
    public static readonly IReadOnlyList<OnboardingStepTemplate> Default =
    [
        new(OnboardingSteps.FirstContact, new("Första kontakt", "First contact"), 14),
        new(OnboardingSteps.WelcomeLetter, new("Skicka välkomstbrev", "Send welcome letter"), 14),
        new(OnboardingSteps.NewMemberMeeting, new("Bjud in till nästa träff för nya medlemmar", "Invite to the next new-member meeting"), 45),
        new(OnboardingSteps.CourseTip, new("Tipsa om distriktets kurser för nya medlemmar", "Suggest the district's new-member courses"), 45),
    ];

    public IReadOnlyList<OnboardingStepTemplate> For(string associationId, int year) =>
        plugins.Ask<IOnboardingChecklist, IReadOnlyList<OnboardingStepTemplate>>(associationId,
            all => all.Select(p => p.Steps(year)?.ToList()).FirstOrDefault(s => s is { Count: > 0 }),
            Default);
}
