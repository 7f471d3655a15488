using Federation.Extensions;

namespace Federation.Plugins.Solna;

/// <summary>
/// Solna's welcome letter (seed 000, 2020: "Skicka ut välkomstbrev till nya medlemmar"; seed 002, 2024:
/// new members are invited to meetings and to the district's weekend and evening courses).
/// </summary>
public sealed class SolnaWelcomeLetter : IWelcomeLetter
{
    public WelcomeLetterText? Letter(int year) => new(
        "Välkommen till Vänsterpartiet Solna!",
        """
        Hej {{förnamn}}!

        Välkommen som medlem i {{förening}}. Vi är glada att du vill vara med och förändra Solna.

        Vi träffas på medlemsmöten, på Vänsterpizza och när vi delar ut flygblad och står på torget.
        Ingen förkunskap behövs – kom som du är. Distriktet ordnar kvälls- och helgkurser för nya
        medlemmar, och vi bjuder in dig till nästa träff för nya medlemmar.

        {{#om aktiviteter}}
        ## På gång i föreningen

        {{aktiviteter}}
        {{/om}}

        Varma hälsningar,
        styrelsen i {{förening}}
        """);
}
