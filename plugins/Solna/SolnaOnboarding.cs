using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>How Solna welcomes new members from its 2024 plan on.</summary>
public sealed class SolnaOnboarding : IOnboardingChecklist
{
    // Seed 002_3e40c140761c4aa3.txt (2024), "Säkerställa att nya medlemmar bjuds in till möten och deltagande i aktiviteter".
    // The steps are the seed's; the due days are the association's local choice (the seed gives none).
    private static readonly IReadOnlyList<OnboardingStepTemplate> From2024 =
    [
        // "Samtliga nya medlemmar kontaktas via telefonsamtal eller sms."
        new("first-contact", new("Kontakta via telefonsamtal eller sms", "Contact by phone call or SMS"), 7),
        // "Skicka ut välkomstbrev till nya medlemmar."
        new("welcome-letter", new("Skicka välkomstbrev", "Send welcome letter"), 14),
        // "Hålla möten specifikt för nya medlemmar."
        new("new-member-meeting", new("Bjud in till möte för nya medlemmar", "Invite to a new-member meeting"), 30),
        // "Uppmuntra medlemmar att ta del av distriktets helg- och kvällskurser."
        new("course-tip", new("Tipsa om distriktets helg- och kvällskurser", "Suggest the district's weekend and evening courses"), 30),
    ];

    /// <remarks>Before 2024 the default checklist applies (the 2020 plan lists the same kinds of steps without a contact rule).</remarks>
    public IReadOnlyList<OnboardingStepTemplate>? Steps(int year) => year >= 2024 ? From2024 : null;
}
