using System.Globalization;

namespace Federation.Platform.Web;

/// <summary>
/// UI text is written in both languages where it is used: <c>T("Medlemmar", "Members")</c>.
/// Swedish is the default; English when the request culture is English. docs/glossary.md
/// keeps the domain terms consistent.
/// </summary>
public static class Text
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string sv, string en) => IsEnglish ? en : sv;
}
