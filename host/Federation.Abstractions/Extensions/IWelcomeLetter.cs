namespace Federation.Extensions;

/// <summary>
/// The welcome letter an association sends a new member ("Skicka ut välkomstbrev till nya medlemmar",
/// Solna 2020/2024). <see cref="WelcomeLetterText.Body"/> is Markdown with the newsletters' merge
/// fields (<c>{{förnamn}}</c>, <c>{{förening}}</c>, <c>{{aktiviteter}}</c>, …). Return null for a year
/// the plugin has no letter for.
/// </summary>
public interface IWelcomeLetter : IExtensionPoint
{
    WelcomeLetterText? Letter(int year);
}

public sealed record WelcomeLetterText(string Subject, string Body);
